/**
 * Addresses shown to readers as text (example links, `<iframe>` snippets) are written into the
 * HTML site-relative, `<span data-site-address>/lessons/entropy/#surprise</span>`, because the
 * build cannot know where the site is served from. In the browser each becomes absolute on the
 * page's own origin: what the reader copies is an address that works from anywhere.
 */
export const SITE_ADDRESS_ATTRIBUTE = 'data-site-address';

/** `path` (site-relative, or already absolute) as an absolute address on `origin`. */
export function absoluteAddress(path: string, origin: string): string {
  return new URL(path, origin).href;
}

/** Completes every shown address under `root` on `origin`; running it twice changes nothing. */
export function completeShownAddresses(root: ParentNode, origin: string): void {
  for (const element of root.querySelectorAll(`[${SITE_ADDRESS_ATTRIBUTE}]`)) {
    element.textContent = absoluteAddress(element.textContent ?? '', origin);
  }
}
