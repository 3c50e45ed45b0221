// Search from the header: nothing of it loads before the reader focuses the box; a query lists
// pages with deep links to their sections and glossary entries; it works by keyboard alone,
// announces the number of results, stays on the site's own origin under the strict CSP, shows
// hostile text as text, and is axe clean with its results open, light and dark.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../helpers/axe.ts';
import { newSiteContext } from '../helpers/browser.ts';
import { watchPage } from '../helpers/page-watch.ts';
import { lessonUrl } from '../helpers/site-urls.ts';
import { themedContext } from '../helpers/theme.ts';
import { useChromium } from '../helpers/use-chromium.ts';

const origin = inject('origin');
const base = inject('basePath');
const browser = useChromium();

const box = (page: Page) => page.getByRole('searchbox', { name: 'Search the lessons' });
const resultLinks = (page: Page) => page.locator('[data-search-results] a');

/** Types a query into the search box and waits for its announced answer. */
async function search(page: Page, query: string): Promise<string> {
  await box(page).focus();
  await box(page).fill(query);
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.textContent(), { timeout: 10_000 }).toContain(query);
  return (await status.textContent()) ?? '';
}

/** The text of a heading on a built page, read from the page itself. */
async function headingText(page: Page, slugPath: string, id: string): Promise<string> {
  const html = await (await page.request.get(`${origin}${base}${slugPath}`)).text();
  const match = new RegExp(`<h[23][^>]*id="${id}"[^>]*>([\\s\\S]*?)</h[23]>`).exec(html);
  if (!match) throw new Error(`no heading #${id} on ${slugPath}`);
  return match[1]!.replace(/<[^>]*>/g, '').trim();
}

describe('site search', () => {
  it('loads nothing until the box is focused, then deep-links to a section of another lesson', async () => {
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    const record = watchPage(page, origin);
    await page.goto(lessonUrl(origin, base, 'entropy'), { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { violations: string[] }).violations ??= [];
        (window as unknown as { violations: string[] }).violations.push(event.violatedDirective);
      });
    });
    expect(record.requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);

    const title = await headingText(page, 'lessons/kl-divergence/', 'telling-two-coins-apart');
    const said = await search(page, title);
    expect(said).toMatch(/^\d+ pages? for “/);
    const hrefs = await resultLinks(page).evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    );
    expect(hrefs).toContain(`${base}lessons/kl-divergence/#telling-two-coins-apart`);
    expect(record.requests.some((url) => url.includes(`${base}pagefind/`))).toBe(true);
    expect(await page.evaluate(() => (window as { violations?: string[] }).violations)).toBe(
      undefined,
    );
    expect(record.problems()).toEqual([]);
    await context.close();
  });

  it('finds a glossary entry by its name', async () => {
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    await page.goto(`${origin}${base}`, { waitUntil: 'networkidle' });
    const name = await headingText(page, 'glossary/', 'surprisal');
    await search(page, name);
    const hrefs = await resultLinks(page).evaluateAll((links) =>
      links.map((link) => link.getAttribute('href')),
    );
    expect(hrefs).toContain(`${base}glossary/#surprisal`);
    await context.close();
  });

  it('works by keyboard alone: ↓ into the results, ↑ back, Escape closes, Enter follows', async () => {
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    await page.goto(lessonUrl(origin, base, 'cross-entropy'), { waitUntil: 'networkidle' });
    // Tab from the top of the page reaches the box (skip link, name, navigation, then search).
    let tabs = 0;
    while (!(await box(page).evaluate((input) => input === document.activeElement)) && tabs < 10) {
      await page.keyboard.press('Tab');
      tabs++;
    }
    expect(tabs).toBeLessThan(10);
    await page.keyboard.type('entropy');
    await expect
      .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 })
      .toContain('entropy');
    const hrefs = await resultLinks(page).evaluateAll((links) =>
      links.map((link) => (link as HTMLAnchorElement).href),
    );
    expect(hrefs.length).toBeGreaterThan(1);
    const focusedHref = () =>
      page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href);

    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(hrefs[0]);
    await page.keyboard.press('ArrowDown');
    expect(await focusedHref()).toBe(hrefs[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await box(page).evaluate((input) => input === document.activeElement)).toBe(true);

    await page.keyboard.press('Escape');
    expect(await page.locator('[data-search-panel]').isHidden()).toBe(true);
    expect(await box(page).evaluate((input) => input === document.activeElement)).toBe(true);

    await page.keyboard.type('s');
    await expect.poll(() => page.locator('[data-search-panel]').isVisible()).toBe(true);
    await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const target = await focusedHref();
    await page.keyboard.press('Enter');
    await page.waitForURL(target!);
    expect(page.url()).toBe(target);
    await context.close();
  });

  it('shows hostile text typed as a query as text, and runs nothing', async () => {
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    const record = watchPage(page, origin);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`${origin}${base}glossary/`, { waitUntil: 'networkidle' });
    const query = '<img src=x onerror="window.__pwned=true"> entropy';
    await search(page, query);
    expect(await page.locator('[data-search-summary]').textContent()).toContain(query);
    expect(await page.locator('[data-search-panel] img, [data-search-panel] script').count()).toBe(
      0,
    );
    expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(dialogs).toBe(0);
    expect(record.problems()).toEqual([]);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('is axe clean with its results open (%s)', async (theme) => {
    const context = await themedContext(browser(), origin, theme);
    const page = await context.newPage();
    await page.goto(lessonUrl(origin, base, 'kl-divergence'), { waitUntil: 'networkidle' });
    await search(page, 'divergence');
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
