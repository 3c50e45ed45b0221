/**
 * Section links (`a.section-link`, rendered at build time) also copy the section's full URL to
 * the clipboard and say so in the polite `[data-section-link-status]`; navigation to `#id`
 * happens as usual, so without a clipboard the address bar holds the link.
 */
export function bindSectionLinks(): void {
  const status = document.querySelector<HTMLElement>('[data-section-link-status]');
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const link = target?.closest<HTMLAnchorElement>('a.section-link');
    if (!link || !navigator.clipboard) return;
    navigator.clipboard.writeText(link.href).then(
      () => {
        if (status) status.textContent = 'Link to section copied';
      },
      () => {
        // Clipboard refused: the address bar now holds the section link.
      },
    );
  });
}
