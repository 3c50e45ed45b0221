/**
 * The dark-theme toggle: a button with `aria-pressed` (pressed = dark). The choice is stored
 * under `surprisal:theme` and applied as `<html data-theme>`; with nothing stored the system
 * preference decides (theme-init.js applies a stored choice before first paint).
 */
const STORAGE_KEY = 'surprisal:theme';
const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

function isDark(): boolean {
  const chosen = document.documentElement.dataset['theme'];
  return chosen === undefined ? darkQuery.matches : chosen === 'dark';
}

function reflect(button: HTMLButtonElement): void {
  button.setAttribute('aria-pressed', String(isDark()));
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
  reflect(button);
  button.hidden = false;
  button.addEventListener('click', () => {
    const theme = isDark() ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = theme;
    try {
      localStorage.setItem(STORAGE_KEY, theme);
    } catch {
      // Storage refused (private mode): the theme still applies to this page.
    }
    reflect(button);
  });
  darkQuery.addEventListener('change', () => reflect(button));
}
