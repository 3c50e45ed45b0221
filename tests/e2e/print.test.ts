// A lesson printed: no control, navigation or solution on paper; every widget's chart and
// readouts, and its permalink written out, equal to what its "Copy link" copies, also after
// its state changed by keyboard.
import { expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newSiteContext } from './helpers/browser.ts';
import { useChromium } from './helpers/use-chromium.ts';
import { sitePageUrls } from './helpers/site-urls.ts';
import { waitForHydration, widget } from './helpers/widgets.ts';

const origin = inject('origin');
const browser = useChromium();
const lessonPaths = sitePageUrls(inject('distDir'), origin, inject('basePath'))
  .filter((url) => new URL(url).pathname.includes('/lessons/'))
  .map((url) => new URL(url).pathname);

/** Elements one could click or type into that are rendered (a box on the page) under print. */
function visibleControls(page: Page): Promise<string[]> {
  return page.locator('input, button, select, textarea, summary, nav').evaluateAll((elements) =>
    elements
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => {
        const owner = element.closest('[id]');
        return `<${element.localName}> ${element.textContent?.trim().slice(0, 30) ?? ''} in #${owner?.id ?? '?'}`;
      }),
  );
}

/** The permalink the widget prints (its text, whatever the media). */
async function linkText(page: Page, id: string): Promise<string> {
  return (await widget(page, id).locator('[data-print-link-href]').textContent()) ?? '';
}

/** The printed permalink, checked to be visible under print. */
async function printLink(page: Page, id: string): Promise<string> {
  const line = widget(page, id).locator('[data-print-link]');
  expect(await line.isVisible(), `#${id}: printed permalink visible`).toBe(true);
  return linkText(page, id);
}

/** The address "Copy link" copies (read from the clipboard). */
async function copiedLink(page: Page, id: string): Promise<string> {
  await page.emulateMedia({ media: 'screen' });
  await widget(page, id).locator('[data-copy-link]').click();
  await expect
    .poll(() => widget(page, id).locator('[data-copy-status]').textContent())
    .toBe('Link copied');
  const link = await page.evaluate(() => navigator.clipboard.readText());
  await page.emulateMedia({ media: 'print' });
  return link;
}

it('finds every lesson page in the sitemap', () => {
  expect(lessonPaths.length).toBeGreaterThanOrEqual(3);
});

it.each(lessonPaths)(
  '%s prints without controls, with each widget’s chart, readouts and permalink',
  async (path) => {
    const context = await newSiteContext(browser(), origin, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    const page = await context.newPage();
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });

    expect(await visibleControls(page), `${path}: controls visible in print`).toEqual([]);
    const solutions = page.locator('[data-solution], [data-hint], [data-solution-details]');
    for (const solution of await solutions.all())
      expect(await solution.isVisible(), `${path}: a hint or solution is printed`).toBe(false);

    const ids = await page
      .locator('figure[data-widget]')
      .evaluateAll((figures) => figures.map((figure) => figure.id));
    for (const id of ids) {
      const figure = widget(page, id);
      expect(await figure.locator('[data-chart] svg').first().isVisible(), `#${id} chart`).toBe(
        true,
      );
      for (const readout of await figure.locator('output[data-readout]').all())
        expect(await readout.isVisible(), `#${id} readout`).toBe(true);
      const built = await printLink(page, id);
      expect(built, `#${id}: printed permalink names the page`).toContain(`${path}?${id}.`);
    }

    // One widget's state changed by keyboard: the printed link follows "Copy link".
    const id = ids[0];
    if (id !== undefined) {
      const control = widget(page, id).locator('input[type="range"], input[type="number"]').first();
      await page.emulateMedia({ media: 'screen' });
      await control.focus();
      await waitForHydration(page, id);
      const before = await linkText(page, id);
      await page.keyboard.press('ArrowUp');
      await page.emulateMedia({ media: 'print' });
      // Written within PRINT_LINK_DELAY_MS of the change (and at once on `beforeprint`).
      await expect
        .poll(() => printLink(page, id), { message: `#${id}: printed permalink after a key press` })
        .not.toBe(before);
      const after = await printLink(page, id);
      expect(after, `#${id}: printed permalink is absolute`).toMatch(`${origin}${path}?`);
      expect(after, `#${id}: printed permalink = "Copy link"`).toBe(await copiedLink(page, id));
    }
    await context.close();
  },
);

it('renders a lesson as PDF, and a screenshot under print emulation', async () => {
  const path = lessonPaths.find((candidate) => candidate.endsWith('/lessons/entropy/'));
  if (path === undefined) throw new Error('no entropy lesson in the sitemap');
  const context = await newSiteContext(browser(), origin);
  const page = await context.newPage();
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  if (process.env.PRINT_SCREENSHOT)
    await page.screenshot({ path: process.env.PRINT_SCREENSHOT, fullPage: true });
  await context.close();
});
