/**
 * The dark-theme toggle: a button with `aria-pressed` (pressed = dark). The choice is stored
 * under `surprisal:theme` and applied as `<html data-theme>`; with nothing stored the system
 * preference decides (theme-init.js applies a stored choice before first paint).
 */
const STORAGE_KEY = 'surprisal:theme';

/** Wire every `[data-theme-toggle]` button under `root`, and show it (it is hidden without JavaScript). */
export function bindThemeToggles(root: ParentNode = document): void {
  const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  const isDark = (): boolean => {
    const chosen = document.documentElement.dataset['theme'];
    return chosen === undefined ? darkQuery.matches : chosen === 'dark';
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const reflect = (): void => button.setAttribute('aria-pressed', String(isDark()));
    reflect();
    button.hidden = false;
    button.addEventListener('click', () => {
      const theme = isDark() ? 'light' : 'dark';
      document.documentElement.dataset['theme'] = theme;
      try {
        localStorage.setItem(STORAGE_KEY, theme);
      } catch {
        // Storage refused (private mode): the theme still applies to this page.
      }
      reflect();
    });
    darkQuery.addEventListener('change', reflect);
  }
}
