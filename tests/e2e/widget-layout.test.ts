// The picture stays in view while a control is in use: at 1280×800 and at 360×800, for every
// control of every widget on every lesson page, once the control has keyboard focus (which
// scrolls it into view, as a reader's Tab does), the control itself is visible and not covered,
// at least three quarters of the widget's chart is in the window, and so are its readouts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { newSiteContext } from './helpers/browser.ts';
import { sitePageUrls } from './helpers/site-urls.ts';
import { useChromium } from './helpers/use-chromium.ts';

const origin = inject('origin');
const distDir = inject('distDir');
const basePath = inject('basePath');
/** The built HTML of a page of this site, from its URL. */
const builtHtml = (url: string): string =>
  readFileSync(join(distDir, new URL(url).pathname.slice(basePath.length), 'index.html'), 'utf8');
// Every lesson page that has a widget (a lesson of prose and tables alone has nothing to check).
const lessons = sitePageUrls(distDir, origin, basePath).filter(
  (url) => new URL(url).pathname.includes('/lessons/') && builtHtml(url).includes('data-widget'),
);
const browser = useChromium();

interface Seen {
  control: string;
  controlVisible: boolean;
  controlUncovered: boolean;
  chartShare: number;
  readoutsShare: number;
}

const sizes = [
  { width: 1280, height: 800 },
  { width: 360, height: 800 },
];

it('finds the lesson pages with widgets', () => {
  expect(lessons.length).toBeGreaterThanOrEqual(6);
});

describe.each(sizes)('at $width×$height', (viewport) => {
  it.each(lessons)('%s keeps chart and readouts in view beside every control', async (url) => {
    const context = await newSiteContext(browser(), origin, { viewport });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const controls = page.locator(
      'figure[data-widget] [data-widget-controls] :is(input, select, button, summary):not(:disabled):visible',
    );
    const count = await controls.count();
    expect(count).toBeGreaterThan(0);
    const failures: Seen[] = [];
    for (let index = 0; index < count; index++) {
      const control = controls.nth(index);
      await control.focus();
      // Let hydration (started by the focus) and any scroll settle.
      await page.waitForTimeout(60);
      const seen = await control.evaluate((element): Seen => {
        const share = (box: DOMRect): number => {
          const width = Math.min(box.right, innerWidth) - Math.max(box.left, 0);
          const height = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
          const area = box.width * box.height;
          return area > 0 ? (Math.max(0, width) * Math.max(0, height)) / area : 0;
        };
        const figure = element.closest('figure[data-widget]')!;
        const box = element.getBoundingClientRect();
        const centre = document.elementFromPoint(
          box.left + box.width / 2,
          box.top + box.height / 2,
        );
        const chart = figure.querySelector('[data-chart] svg');
        const readouts = figure.querySelector('.widget-readouts');
        return {
          control: `${figure.id} ${element.localName}${element.id ? `#${element.id}` : ''} ${(element.textContent ?? '').trim().slice(0, 20)}`,
          controlVisible: share(box) > 0.99,
          controlUncovered: centre !== null && (centre === element || element.contains(centre)),
          chartShare: chart ? share(chart.getBoundingClientRect()) : 0,
          readoutsShare: readouts ? share(readouts.getBoundingClientRect()) : 1,
        };
      });
      if (
        !seen.controlVisible ||
        !seen.controlUncovered ||
        seen.chartShare < 0.75 ||
        seen.readoutsShare < 0.99
      )
        failures.push(seen);
    }
    await context.close();
    expect(failures, `${failures.length} of ${count} controls`).toEqual([]);
  });
});
