/**
 * Copy buttons: `<button type="button" data-copy-target="ID">` copies the text of the element
 * `#ID` (a link or an `<iframe>` snippet, as the reader sees it) and says "Copied" in the page's
 * polite status (`[data-copy-status]`). Where the clipboard is missing or refused, the text is
 * selected instead and the status says to copy it with the keyboard. Buttons, so they work by
 * keyboard as by pointer.
 */
export const COPIED = 'Copied';
export const COPY_BY_HAND = 'Selected: press Ctrl+C (⌘C on a Mac) to copy';

function announce(status: Element | null, text: string): void {
  if (!status) return;
  // Emptied first, so the same words are announced again on the next copy.
  status.textContent = '';
  setTimeout(() => {
    status.textContent = text;
  }, 50);
}

function select(element: Element): void {
  const selection = element.ownerDocument.getSelection();
  if (!selection) return;
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

/** Copies the target's text of `button`; resolves once the status is set. */
export async function copyFromButton(button: HTMLElement): Promise<void> {
  const document = button.ownerDocument;
  const status = document.querySelector('[data-copy-status]');
  const target = document.getElementById(button.dataset['copyTarget'] ?? '');
  if (!target) return;
  const text = target.textContent ?? '';
  try {
    if (!navigator.clipboard) throw new Error('Clipboard API unavailable');
    await navigator.clipboard.writeText(text);
    announce(status, COPIED);
  } catch {
    select(target);
    announce(status, COPY_BY_HAND);
  }
}

/** Makes every copy button under `root` work (one listener). */
export function bindCopyButtons(root: Document): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLElement>(
      'button[data-copy-target]',
    );
    if (button) void copyFromButton(button);
  });
}
