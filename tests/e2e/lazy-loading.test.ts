// Reading a lesson costs little JavaScript: before any interaction the page loads at most 15 KB
// of gzipped JavaScript, and interacting with a widget loads more (its client module and Plot).
// Only the one lesson meant to have no widget may skip the second part.
import { expect, inject, it } from 'vitest';
import { newSiteContext } from './helpers/browser.ts';
import { useChromium } from './helpers/use-chromium.ts';
import { recordScripts, totalGzipBytes } from './helpers/js-weight.ts';
import { sitePageUrls } from './helpers/site-urls.ts';
import { waitForHydration, widget } from './helpers/widgets.ts';

const origin = inject('origin');
const browser = useChromium();
const budgetBytes = 15 * 1024;
const lessonPaths = sitePageUrls(inject('distDir'), origin, inject('basePath'))
  .filter((url) => new URL(url).pathname.includes('/lessons/'))
  .map((url) => new URL(url).pathname);

it('finds every lesson page in the sitemap', () => {
  expect(lessonPaths.length).toBeGreaterThanOrEqual(3);
});

it.each(lessonPaths)(
  '%s loads ≤ 15 KB gzipped JavaScript before interaction, and more on interaction',
  async (path) => {
    const url = origin + path;
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    const scripts = recordScripts(page);
    await page.goto(url, { waitUntil: 'networkidle' });
    const before = await scripts.loads();
    const beforeBytes = totalGzipBytes(before);
    const listing = before.map((load) => `${load.url} ${load.gzipBytes} B`).join('\n');
    console.info(
      `${path}: JavaScript before interaction: ${beforeBytes} B gzipped of ${budgetBytes} B`,
    );
    expect(beforeBytes, `JavaScript before interaction:\n${listing}`).toBeLessThanOrEqual(
      budgetBytes,
    );

    // A lesson of prose and tables alone (the comparison) has no widget to interact with.
    if ((await page.locator('[data-widget]').count()) === 0) {
      expect(path).toMatch(/\/lessons\/comparison\/$/);
      await context.close();
      return;
    }
    const id = await page.locator('[data-widget]').first().getAttribute('id');
    if (id === null) throw new Error(`${url} has a widget without an id`);
    await widget(page, id).locator('input, button').first().focus();
    await waitForHydration(page, id);
    await page.waitForLoadState('networkidle');
    const after = await scripts.loads();
    expect(after.length, 'scripts loaded by the interaction').toBeGreaterThan(before.length);
    await context.close();
  },
);
