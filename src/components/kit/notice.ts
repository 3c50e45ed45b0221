import type { IgnoredParam } from './url-state.ts';

/**
 * Show ignored URL parameters in a notice element, one line each, e.g.
 * `Ignored link parameter "entropy-explorer.p=1e999": value is too large.`
 * Text goes in with `textContent` only, so a hostile value is shown, never run.
 * Does nothing for an empty list (the notice stays hidden).
 */
export function appendNotice(notice: HTMLElement, ignored: readonly IgnoredParam[]): void {
  if (ignored.length === 0) return;
  const list =
    notice.querySelector('ul') ?? notice.appendChild(notice.ownerDocument.createElement('ul'));
  for (const { key, value, reason } of ignored) {
    const item = notice.ownerDocument.createElement('li');
    item.textContent = `Ignored link parameter “${key}=${value}”: ${reason}.`;
    list.append(item);
  }
  notice.hidden = false;
}
