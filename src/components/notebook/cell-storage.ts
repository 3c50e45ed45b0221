/**
 * A reader's edits to a cell, kept in localStorage under `surprisal:cell:<pathname>:<id>`.
 * Every access is guarded: private mode, a full quota or disabled storage just mean the edits
 * are not kept.
 */
export const cellStorageKey = (pathname: string, id: string): string =>
  `surprisal:cell:${pathname}:${id}`;

export function loadEdit(pathname: string, id: string): string | undefined {
  try {
    return window.localStorage.getItem(cellStorageKey(pathname, id)) ?? undefined;
  } catch {
    return undefined;
  }
}

export function saveEdit(pathname: string, id: string, code: string): void {
  try {
    window.localStorage.setItem(cellStorageKey(pathname, id), code);
  } catch {
    // not kept
  }
}

export function forgetEdit(pathname: string, id: string): void {
  try {
    window.localStorage.removeItem(cellStorageKey(pathname, id));
  } catch {
    // nothing to forget
  }
}
