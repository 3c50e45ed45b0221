/**
 * The site-wide unit of information: bits (logarithms base 2) or nats (base e).
 *
 * Precedence when reading: `?unit=bits|nats` in the page URL, then the `surprisal:unit`
 * localStorage key, then bits. Every function is safe to call where `window` is absent
 * (server render, tests without a DOM): it then behaves as if neither source were set.
 */
export type Unit = 'bits' | 'nats';

/** localStorage key that remembers the reader's choice between visits. */
export const UNIT_STORAGE_KEY = 'surprisal:unit';

/** Event dispatched on `document` after `setUnit`; `detail` is `{ unit }`. */
export const UNIT_CHANGE_EVENT = 'surprisal:unit-change';

/** Type guard for a raw string that names a unit. */
export function isUnit(value: unknown): value is Unit {
  return value === 'bits' || value === 'nats';
}

/** The logarithm base of a unit: 2 for bits, e for nats. Pass as `{ base }` to `src/lib`. */
export function unitBase(unit: Unit): number {
  return unit === 'nats' ? Math.E : 2;
}

function readStoredUnit(): string | null {
  try {
    return window.localStorage.getItem(UNIT_STORAGE_KEY);
  } catch {
    // Storage can be disabled (privacy mode, sandboxed iframe): fall back to the default.
    return null;
  }
}

/** The unit in force: URL `?unit=` beats localStorage beats 'bits'. Invalid values are skipped. */
export function getUnit(): Unit {
  if (typeof window === 'undefined') return 'bits';
  const fromUrl = new URLSearchParams(window.location.search).get('unit');
  if (isUnit(fromUrl)) return fromUrl;
  const stored = readStoredUnit();
  return isUnit(stored) ? stored : 'bits';
}

/**
 * Switch the site unit: persist it, rewrite `?unit=` in the address bar with
 * `history.replaceState` (removed for bits, the default) and dispatch `surprisal:unit-change`.
 */
export function setUnit(unit: Unit): void {
  try {
    window.localStorage.setItem(UNIT_STORAGE_KEY, unit);
  } catch {
    // Not persisted; the URL and the event still carry the choice for this page.
  }
  const url = new URL(window.location.href);
  if (unit === 'bits') url.searchParams.delete('unit');
  else url.searchParams.set('unit', unit);
  window.history.replaceState(window.history.state, '', url);
  document.dispatchEvent(new CustomEvent(UNIT_CHANGE_EVENT, { detail: { unit } }));
}

/** Call `callback` with the new unit after every `setUnit`. Returns an unsubscribe function. */
export function onUnitChange(callback: (unit: Unit) => void): () => void {
  const listener = (event: Event): void => {
    const unit: unknown = (event as CustomEvent<{ unit?: unknown }>).detail?.unit;
    callback(isUnit(unit) ? unit : getUnit());
  };
  document.addEventListener(UNIT_CHANGE_EVENT, listener);
  return () => document.removeEventListener(UNIT_CHANGE_EVENT, listener);
}
