/**
 * Widget state in the page URL: query parameters `INSTANCE-ID.PARAM=VALUE`.
 *
 * `readInstanceParams` picks out one instance's parameters and decodes them with its codecs;
 * everything it cannot use is returned in `ignored` with a reason, for the visible notice.
 * `strayParams` finds `ID.PARAM` entries whose instance is not on the page at all.
 */
import { MAX_PARAM_LENGTH } from './limits.ts';
import type { ParamCodec } from './params.ts';
import type { Unit } from './unit.ts';

/** One codec per state field; the field name is the URL parameter name. */
export type ParamCodecs<S> = { readonly [K in keyof S]: ParamCodec<S[K]> };

export interface IgnoredParam {
  /** The full query key, e.g. `entropy-explorer.zzz`, truncated for display. */
  key: string;
  /** The raw value, truncated for display (never interpreted as markup). */
  value: string;
  reason: string;
}

/** Longest key or value echoed back in a notice. */
export const NOTICE_ECHO_LENGTH = 40;

/** Cut `text` to `max` characters, marking the cut with "…". */
export function truncateForNotice(text: string, max = NOTICE_ECHO_LENGTH): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

const ignore = (key: string, value: string, reason: string): IgnoredParam => ({
  key: truncateForNotice(key),
  value: truncateForNotice(value),
  reason,
});

/** Decode the parameters addressed to instance `id`; the first occurrence of a name wins. */
export function readInstanceParams<S>(
  search: URLSearchParams,
  id: string,
  codecs: ParamCodecs<S>,
): { values: Partial<S>; ignored: IgnoredParam[] } {
  const prefix = `${id}.`;
  const values: Partial<S> = {};
  const ignored: IgnoredParam[] = [];
  const seen = new Set<string>();
  for (const [key, raw] of search) {
    if (!key.startsWith(prefix)) continue;
    const name = key.slice(prefix.length);
    if (!Object.hasOwn(codecs, name)) {
      ignored.push(ignore(key, raw, 'unknown parameter'));
      continue;
    }
    if (seen.has(name)) {
      ignored.push(ignore(key, raw, 'repeated parameter'));
      continue;
    }
    seen.add(name);
    const codec = codecs[name as keyof S];
    const parsed = raw.length > MAX_PARAM_LENGTH ? null : codec.parse(raw);
    if (parsed === null)
      ignored.push(ignore(key, raw, `value longer than ${MAX_PARAM_LENGTH} characters`));
    else if (parsed.ok) values[name as keyof S] = parsed.value;
    else ignored.push(ignore(key, raw, `value ${parsed.reason}`));
  }
  return { values, ignored };
}

/** `ID.PARAM` entries whose ID is not among `pageIds` (other keys, like `unit`, are not ours). */
export function strayParams(search: URLSearchParams, pageIds: ReadonlySet<string>): IgnoredParam[] {
  const stray: IgnoredParam[] = [];
  for (const [key, raw] of search) {
    const dot = key.indexOf('.');
    if (dot <= 0) continue;
    if (!pageIds.has(key.slice(0, dot)))
      stray.push(ignore(key, raw, 'no widget with that id on this page'));
  }
  return stray;
}

/** The instance ids a query string addresses (the part of each key before the first dot). */
export function addressedIds(search: URLSearchParams): Set<string> {
  const ids = new Set<string>();
  for (const key of search.keys()) {
    const dot = key.indexOf('.');
    if (dot > 0) ids.add(key.slice(0, dot));
  }
  return ids;
}

/** Encode one instance's state as `ID.PARAM=VALUE` pairs (in the codecs' field order). */
export function encodeInstanceParams<S>(
  id: string,
  state: S,
  codecs: ParamCodecs<S>,
): URLSearchParams {
  const search = new URLSearchParams();
  for (const name of Object.keys(codecs) as (keyof S & string)[]) {
    search.set(`${id}.${name}`, codecs[name].format(state[name]));
  }
  return search;
}

/**
 * The link "Copy link" shares: the page address (no other query), this instance's state,
 * `unit=nats` when nats are in force, and `#anchor`.
 */
export function buildStateLink(
  pageHref: string,
  params: URLSearchParams,
  unit: Unit,
  anchor: string,
): string {
  const url = new URL(pageHref);
  const search = new URLSearchParams(params);
  if (unit === 'nats') search.set('unit', 'nats');
  // Commas are legal in a query and keep lists readable: 0.2,0.3,0.5 rather than 0.2%2C0.3%2C0.5.
  url.search = search.toString().replaceAll('%2C', ',');
  url.hash = anchor;
  return url.href;
}

/**
 * The anchor a shared link should scroll to: the id of the nearest h2/h3 before `element` in
 * document order, else the widget's own id.
 */
export function nearestSectionAnchor(element: Element, fallbackId: string): string {
  const headings = element.ownerDocument.querySelectorAll('h2[id], h3[id]');
  let anchor = fallbackId;
  for (const heading of headings) {
    if (heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING)
      anchor = heading.id;
    else break;
  }
  return anchor;
}
