// Inlined in <head> by HeadMeta.astro (its CSP hash is computed in astro.config.mjs from this
// file): marks the page as running scripts (`data-scripts`, for what only works with them, e.g.
// the search box) and applies a stored theme choice before first paint. Storage may be
// refused; then the system preference applies.
document.documentElement.dataset.scripts = '';
try {
  const theme = localStorage.getItem('surprisal:theme');
  if (theme === 'dark' || theme === 'light') document.documentElement.dataset.theme = theme;
} catch {
  // Nothing stored can be read: keep the system theme.
}
