// Progress kept in the browser: sections read by scrolling through a lesson, and exercises and
// cells reported by the page's progress event, survive a reload; the table of contents marks
// the sections read; `/` shows each lesson's counts; "Forget my progress" (keyboard only) clears
// progress, widget states and cell edits; a widget edited by keyboard keeps its state after a
// reload, and a URL with parameters for it wins. Axe is clean on `/` with progress shown.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { entropy } from '../../src/lib/index.ts';
import { READ_DWELL_MS } from '../../src/components/progress/section-reading.ts';
import { expectAllClose, expectClose } from '../helpers/expect-close.ts';
import { axeViolations } from './helpers/axe.ts';
import { newSiteContext } from './helpers/browser.ts';
import { lessonUrl } from './helpers/site-urls.ts';
import { themedContext, type Theme } from './helpers/theme.ts';
import { useChromium } from './helpers/use-chromium.ts';
import { readReadout, readWidgetState, waitForHydration, widget } from './helpers/widgets.ts';

const origin = inject('origin');
const base = inject('basePath');
const browser = useChromium();
const home = `${origin}${base}`;
const KEY = 'surprisal:progress';

const stored = (page: Page): Promise<unknown> =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);

/** The section ids of the lesson's table of contents, in order. */
const tocIds = (page: Page): Promise<string[]> =>
  page
    .locator('nav.toc a[href^="#"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)));

/** The ids whose table-of-contents mark shows "read". */
const markedRead = (page: Page): Promise<string[]> =>
  page
    .locator('nav.toc a:has([data-toc-read="read"])')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash.slice(1)));

/** Read section `id` as a reader would: its heading at the top, then its end in view, a while. */
async function readSection(page: Page, id: string, next: string): Promise<void> {
  await page.evaluate((heading) => document.getElementById(heading)?.scrollIntoView(), id);
  await page.waitForTimeout(300);
  await page.evaluate(
    (end) => document.getElementById(end)?.scrollIntoView({ block: 'end' }),
    next,
  );
  await expect.poll(() => markedRead(page), { timeout: READ_DWELL_MS * 4 }).toContain(id);
}

describe('progress in a lesson', () => {
  it('sections read by scrolling, and reported exercises and cells, survive a reload', async () => {
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    await page.goto(lessonUrl(origin, base, 'entropy'), { waitUntil: 'networkidle' });
    const ids = await tocIds(page);
    expect(ids.length).toBeGreaterThan(4);
    expect(await markedRead(page)).toEqual([]);

    for (let i = 0; i < 3; i++) await readSection(page, ids[i]!, ids[i + 1]!);
    // The fourth section's heading has been seen, but not its end: not read.
    await page.waitForTimeout(READ_DWELL_MS + 300);
    expect(await markedRead(page)).toEqual(ids.slice(0, 3));

    // Exercises and cells report themselves through the page's progress event.
    await page.evaluate(() => {
      for (const detail of [
        { kind: 'exercise', id: 'entropy-four-symbols' },
        { kind: 'cell', id: 'entropy-yours' },
        { kind: 'cell', id: '<img src=x onerror=alert(1)>' },
        { kind: 'nonsense', id: 'x' },
      ])
        document.dispatchEvent(new CustomEvent('surprisal:progress', { detail }));
    });
    await expect
      .poll(() => stored(page))
      .toEqual({
        v: 1,
        lessons: {
          entropy: {
            section: ids.slice(0, 3),
            cell: ['entropy-yours'],
            exercise: ['entropy-four-symbols'],
          },
        },
      });

    await page.reload({ waitUntil: 'networkidle' });
    expect(await markedRead(page)).toEqual(ids.slice(0, 3));
    const first = page.locator(`nav.toc a[href="#${ids[0]}"]`);
    await expect.poll(() => first.textContent()).toMatch(/✓\s*\(read\)$/);
    expect(await first.locator('[aria-hidden="true"]').textContent()).toBe('✓');
    // The mark of a section not read keeps its room but is not shown (nor read out).
    const unread = page.locator(`nav.toc a[href="#${ids[4]}"] [data-toc-read]`);
    expect(await unread.evaluate((mark) => getComputedStyle(mark).visibility)).toBe('hidden');
    expect((await stored(page)) as object).toHaveProperty('lessons.entropy.cell', [
      'entropy-yours',
    ]);
    await context.close();
  });

  it('a corrupt stored value is ignored and replaced, and the page works', async () => {
    const context = await newSiteContext(browser(), origin);
    await context.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"v":1,"lessons":{"entropy":{"section":[{"toString":1}]}}');
        sessionStorage.setItem('seeded', '1');
      }
    }, KEY);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(lessonUrl(origin, base, 'entropy'), { waitUntil: 'networkidle' });
    expect(await markedRead(page)).toEqual([]);
    await page.evaluate(() =>
      document.dispatchEvent(
        new CustomEvent('surprisal:progress', { detail: { kind: 'exercise', id: 'e1' } }),
      ),
    );
    await expect
      .poll(() => stored(page))
      .toEqual({ v: 1, lessons: { entropy: { exercise: ['e1'] } } });
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('progress on /', () => {
  it('shows each started lesson’s counts from the build’s totals, nothing for the others', async () => {
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    await page.goto(lessonUrl(origin, base, 'kl-divergence'), { waitUntil: 'networkidle' });
    const ids = await tocIds(page);
    await page.goto(home, { waitUntil: 'networkidle' });
    const summary = (slug: string) => page.locator(`[data-lesson-progress="${slug}"]`);
    // A reader without progress: nothing shown, no room taken, no forget control.
    expect(await summary('kl-divergence').evaluate((p) => p.getBoundingClientRect().height)).toBe(
      0,
    );
    expect(await page.locator('[data-forget-progress]').isHidden()).toBe(true);

    await page.evaluate(
      ([key, sections]) =>
        localStorage.setItem(
          key,
          JSON.stringify({
            v: 1,
            lessons: { 'kl-divergence': { section: sections, exercise: ['not-in-this-lesson'] } },
          }),
        ),
      [KEY, [ids[0], ids[2], 'a-section-the-lesson-no-longer-has']] as const,
    );
    await page.reload({ waitUntil: 'networkidle' });
    const exercises = (await summary('kl-divergence').getAttribute('data-exercise')) ?? '';
    const cells = (await summary('kl-divergence').getAttribute('data-cell')) ?? '';
    const expected = [`2 of ${ids.length} sections read`];
    const exerciseCount = exercises.split(' ').filter(Boolean).length;
    const cellCount = cells.split(' ').filter(Boolean).length;
    if (exerciseCount > 0) expected.push(`0 of ${exerciseCount} exercises`);
    if (cellCount > 0) expected.push(`0 of ${cellCount} cells run`);
    expect(await summary('kl-divergence').textContent()).toBe(expected.join(' · '));
    expect((await summary('entropy').textContent())?.trim()).toBe('');
    expect(await page.locator('[data-forget-progress]').isVisible()).toBe(true);
    await context.close();
  });

  it('"Forget my progress", by keyboard only, asks, can be cancelled, and forgets', async () => {
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    await page.goto(home, { waitUntil: 'networkidle' });
    await page.evaluate((key) => {
      localStorage.setItem(key, '{"v":1,"lessons":{"entropy":{"section":["surprise"]}}}');
      localStorage.setItem('surprisal:widget:/lessons/entropy/:entropy-explorer', 'x');
      localStorage.setItem('surprisal:cell:/lessons/entropy/:entropy-yours', 'entropy([1])');
      localStorage.setItem('surprisal:theme', 'light');
    }, KEY);
    await page.reload({ waitUntil: 'networkidle' });
    await expect
      .poll(() => page.locator('[data-lesson-progress="entropy"]').textContent())
      .toMatch(/^1 of \d+ sections read/);
    const forget = page.locator('[data-forget]');
    const status = page.locator('[data-forget-status]');
    // Reach the button with Tab from the last lesson's link.
    await page.locator('.lesson-path a').last().focus();
    for (let i = 0; i < 5 && !(await forget.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    expect(await forget.evaluate((b) => b === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    expect(await forget.textContent()).toBe('Really forget?');
    expect(await status.textContent()).toContain('confirm');
    await page.keyboard.press('Escape');
    expect(await forget.textContent()).toBe('Forget my progress');
    expect(await status.textContent()).toContain('nothing was forgotten');
    expect(await stored(page)).not.toBeNull();

    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab'); // Cancel is next
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await page.keyboard.press('Enter');
    expect(await forget.evaluate((b) => b === document.activeElement)).toBe(true);
    expect(await stored(page)).not.toBeNull();

    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    expect(await status.textContent()).toContain('Forgotten');
    const keys = await page.evaluate(() => Object.keys(localStorage).sort());
    expect(keys).toEqual(['surprisal:theme']);
    expect((await page.locator('[data-lesson-progress="entropy"]').textContent())?.trim()).toBe('');
    await context.close();
  });

  describe.each(['light', 'dark'] as Theme[])('axe, %s theme', (theme) => {
    it('is clean on / with progress shown, and while asking to forget', async () => {
      const context = await themedContext(browser(), origin, theme);
      await context.addInitScript((key) => {
        localStorage.setItem(
          key,
          '{"v":1,"lessons":{"entropy":{"section":["surprise","bits-and-nats"]},"kl-divergence":{"section":["kl-is-not-symmetric"]}}}',
        );
      }, KEY);
      const page = await context.newPage();
      await page.goto(home, { waitUntil: 'networkidle' });
      await expect
        .poll(() => page.locator('[data-lesson-progress="entropy"]').textContent())
        .toMatch(/sections read/);
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('[data-forget]').click();
      expect(await axeViolations(page)).toEqual([]);
      await context.close();
    });
  });
});

describe('widget states kept for the reader’s return', () => {
  const id = 'entropy-explorer';

  it('a widget edited by keyboard keeps its state after a reload; a URL with its parameters wins', async () => {
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    const url = lessonUrl(origin, base, 'entropy');
    await page.goto(url, { waitUntil: 'networkidle' });
    const slider = widget(page, id).locator('input[type="range"]').first();
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await waitForHydration(page, id);
    const { p: edited } = await readWidgetState<{ p: number[] }>(page, id);

    await page.reload({ waitUntil: 'networkidle' });
    // Started at load (no focus, no click), from the kept state.
    await waitForHydration(page, id);
    const { p: restored } = await readWidgetState<{ p: number[] }>(page, id);
    expectAllClose(restored, edited, { rel: 1e-12 });
    expectClose((await readReadout(page, id, 'entropy')).value, entropy(restored), {
      rel: 1e-12,
    });
    expect(await widget(page, id).locator('[data-notice]').isHidden()).toBe(true);

    await page.goto(`${url}?${id}.p=0.5,0.5`, { waitUntil: 'networkidle' });
    expect((await readWidgetState<{ p: number[] }>(page, id)).p).toEqual([0.5, 0.5]);
    expectClose((await readReadout(page, id, 'entropy')).value, entropy([0.5, 0.5]), {
      rel: 1e-12,
    });

    // The link did not replace what the reader left.
    await page.goto(url, { waitUntil: 'networkidle' });
    expectAllClose((await readWidgetState<{ p: number[] }>(page, id)).p, edited, { rel: 1e-12 });
    await context.close();
  });
});
