/**
 * The printed permalink: a print-only line in every widget's frame (`[data-print-link]`) that
 * writes out the address "Copy link" would copy, so a printed figure says how to reopen it.
 *
 * At build time the frame writes the default state's link, site-relative (`printLinkPath`), so
 * the page makes sense without JavaScript; in the browser the widget keeps it equal to its
 * "Copy link" address (`showPrintLink`), which starts with `location.origin`.
 */
import type { Unit } from './unit.ts';
import { buildStateLink } from './url-state.ts';

/** A stand-in origin for building a site-relative link with `URL`; never shown. */
const PLACEHOLDER_ORIGIN = 'https://site.invalid';

/** The site-relative link to `params` on the page at `pathname`, scrolled to `anchor`. */
export function printLinkPath(
  pathname: string,
  params: URLSearchParams,
  unit: Unit,
  anchor: string,
): string {
  const link = buildStateLink(PLACEHOLDER_ORIGIN + pathname, params, unit, anchor);
  return link.slice(PLACEHOLDER_ORIGIN.length);
}

/** Write `link` into the widget's printed permalink, when it has one. */
export function showPrintLink(widget: Element, link: string): void {
  const target = widget.querySelector('[data-print-link-href]');
  if (target && target.textContent !== link) target.textContent = link;
}
