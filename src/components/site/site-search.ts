/**
 * The only search code a page loads before interaction: on the first focus, touch or click in
 * the header's search box, it imports the search panel (search-panel.ts), which loads Pagefind.
 */
export function bindSiteSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  if (!form) return;
  form.addEventListener('submit', (event) => event.preventDefault());
  const start = (): void => {
    for (const type of ['focusin', 'pointerdown'] as const) form.removeEventListener(type, start);
    void import('./search-panel.ts').then(({ startSearchPanel }) => startSearchPanel(form));
  };
  for (const type of ['focusin', 'pointerdown'] as const) form.addEventListener(type, start);
}
