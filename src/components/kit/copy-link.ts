/**
 * Copy `link` to the clipboard and announce "Link copied" in the widget's polite status
 * (`[data-copy-status]`). Where the Clipboard API is missing or refused, the link is shown
 * instead in the read-only `[data-copy-fallback]` field, selected, for the reader to copy.
 */
export async function copyLink(widget: Element, link: string): Promise<void> {
  const status = widget.querySelector('[data-copy-status]');
  const fallback = widget.querySelector<HTMLInputElement>('[data-copy-fallback]');
  try {
    if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
    await navigator.clipboard.writeText(link);
    if (fallback) fallback.hidden = true;
    if (status) status.textContent = 'Link copied';
  } catch {
    if (fallback) {
      fallback.value = link;
      fallback.hidden = false;
      fallback.focus();
      fallback.select();
    }
    if (status) status.textContent = 'Copy the link from the field';
  }
}
