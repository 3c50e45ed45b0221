/**
 * The site's colour theme in a browser context. The site keeps the reader's choice in
 * localStorage (`surprisal:theme` = `dark` | `light`) and applies it as `data-theme` on `<html>`
 * before first paint; without a choice it follows `prefers-color-scheme`.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newSiteContext } from './browser.ts';

export const themeStorageKey = 'surprisal:theme';
export type Theme = 'light' | 'dark';

/** A context in `theme`: the emulated colour scheme and the stored choice agree. */
export async function themedContext(
  browser: Browser,
  origin: string,
  theme: Theme,
): Promise<BrowserContext> {
  const context = await newSiteContext(browser, origin, { colorScheme: theme });
  await context.addInitScript(
    ([key, value]) => {
      try {
        window.localStorage.setItem(key, value);
      } catch {
        // Storage may be unavailable (opaque origins); the colour scheme still applies.
      }
    },
    [themeStorageKey, theme] as const,
  );
  return context;
}

/** The theme `<html data-theme>` says is in force, or undefined when none is set. */
export function currentTheme(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.documentElement.dataset['theme']);
}
