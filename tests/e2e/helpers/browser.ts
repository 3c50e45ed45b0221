/**
 * Chromium for the browser suite, through playwright-core (no bundled browser download).
 * Executable: `CHROMIUM_PATH`, default `/usr/bin/chromium`. Each launch gets a fresh temporary
 * profile (user-data dir), so no state leaks between files.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core';

export const chromiumArgs: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [...chromiumArgs],
  });
}

/** A new context on the local site (`baseURL` = origin), light colour scheme unless told. */
export function newSiteContext(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  return browser.newContext({ baseURL: origin, colorScheme: 'light', ...options });
}
