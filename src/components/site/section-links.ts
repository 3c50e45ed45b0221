/**
 * Section links (`a.section-link`, rendered at build time) also copy the section's full URL to
 * the clipboard and say so in a polite status; navigation to `#id` happens as usual.
 */
const status = document.querySelector<HTMLElement>('[data-section-link-status]');

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a.section-link') : null;
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
