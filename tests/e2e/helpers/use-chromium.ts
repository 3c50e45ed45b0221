// Test-file lifecycle for Chromium (kept apart from browser.ts so scripts outside Vitest can
// launch Chromium without importing the test runner).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.ts';

/**
 * One Chromium for the test file that calls this at its top level: launched in `beforeAll`,
 * closed in `afterAll`. Returns a getter for use inside tests.
 */
export function useChromium(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined)
      throw new Error('Chromium is not running (useChromium outside a test?)');
    return browser;
  };
}
