// The instructors' page lists what the built lessons hold (every lesson, widget, exercise and
// code cell), shows addresses on the origin it is served from, and its copy buttons copy them
// by keyboard and say "Copied".
import { describe, expect, inject, it } from 'vitest';
import { lessonPages, loadBuiltPages } from '../site/site-pages.ts';
import { newSiteContext } from './helpers/browser.ts';
import { readWidgetState, widget } from './helpers/widgets.ts';
import { useChromium } from './helpers/use-chromium.ts';

const origin = inject('origin');
const basePath = inject('basePath');
const instructorsUrl = `${origin}${basePath}instructors/`;
const browser = useChromium();

/** What each built lesson page holds, by slug: read from the lesson pages themselves. */
const lessons = lessonPages(loadBuiltPages(inject('distDir'))).map((page) => {
  const all = (selector: string, attribute: string): string[] =>
    [...page.document.querySelectorAll(selector)].map((element) =>
      (element.getAttribute(attribute) ?? '').replace(/^cell-/, ''),
    );
  return {
    slug: page.path.slice(`${basePath}lessons/`.length).replace(/\/$/, ''),
    sections: [...page.document.querySelectorAll('main h2[id], main h3[id]')]
      .filter((heading) => !heading.closest('figure[data-widget]'))
      .map((heading) => heading.id),
    widgets: all('figure[data-widget][id]', 'id'),
    exercises: all('form[data-exercise]', 'data-exercise'),
    cells: all('[data-cell]', 'data-cell'),
  };
});

describe('/instructors/', () => {
  it('lists every lesson with its sections, widgets, exercises and cells', async () => {
    expect(lessons.length).toBeGreaterThan(0);
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    await page.goto(instructorsUrl);
    const listed = await page.evaluate(
      (slugs) =>
        slugs.map((slug) => {
          const section = document.querySelector(`section[aria-labelledby="lesson-${slug}"]`);
          const values = (selector: string, attribute: string): string[] =>
            [...(section?.querySelectorAll(selector) ?? [])].map(
              (element) => element.getAttribute(attribute) ?? '',
            );
          return {
            slug,
            sections: [...(section?.querySelectorAll('.catalog-sections a') ?? [])].map((link) =>
              new URL((link as HTMLAnchorElement).href).hash.slice(1),
            ),
            widgets: values('[data-catalog-widget]', 'data-catalog-widget'),
            exercises: values('[data-catalog-exercise]', 'data-catalog-exercise'),
            cells: values('[data-catalog-cell]', 'data-catalog-cell'),
          };
        }),
      lessons.map((lesson) => lesson.slug),
    );
    await context.close();
    expect(listed).toEqual(lessons);
  });

  it('shows every address on the origin it is served from', async () => {
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    await page.goto(instructorsUrl);
    const shown = await page.$$eval('[data-site-address]', (elements) =>
      elements.map((element) => element.textContent ?? ''),
    );
    const html = await page.content();
    await context.close();
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.filter((address) => !address.startsWith(`${origin}${basePath}`))).toEqual([]);
    expect(html).not.toMatch(/localhost/);
  });

  it('copies an example link by keyboard and announces "Copied"', async () => {
    const context = await newSiteContext(browser(), origin);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    const page = await context.newPage();
    await page.goto(instructorsUrl);
    const button = page.locator('button[data-copy-target^="link-"]').first();
    const target = await button.getAttribute('data-copy-target');
    const shown = await page.locator(`[id="${target}"]`).textContent();
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    await context.close();
    expect(copied).toBe(shown);
    expect(copied.startsWith(origin)).toBe(true);
  });

  it("opens each widget's example link in that state, with no notice", async () => {
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    await page.goto(instructorsUrl);
    const links = await page.$$eval('button[data-copy-target^="link-"]', (buttons) =>
      buttons.map(
        (button) =>
          document.getElementById(button.getAttribute('data-copy-target') ?? '')?.textContent ?? '',
      ),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const url = new URL(link);
      const id = url.hash.slice(1);
      await page.goto(link);
      const state = await readWidgetState<Record<string, unknown>>(page, id);
      for (const [key, value] of url.searchParams) {
        const name = key.slice(id.length + 1);
        const actual = state[name];
        const expected = value.split(',').map(Number);
        const numbers = Array.isArray(actual) ? actual.map(Number) : [Number(actual)];
        if (expected.every(Number.isFinite)) {
          expect(numbers.length, `${link}: ${name}`).toBe(expected.length);
          numbers.forEach((number, index) =>
            expect(number, `${link}: ${name}`).toBeCloseTo(expected[index] ?? NaN, 9),
          );
        } else expect(String(actual), `${link}: ${name}`).toBe(value);
      }
      expect(await widget(page, id).locator('[data-notice]:not([hidden])').count(), link).toBe(0);
    }
    await context.close();
  });
});
