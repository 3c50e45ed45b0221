// The picture is the control: dragging a bar's top, a point along a curve or a Gaussian's width
// handle (with the mouse, and with a finger) changes the widget's state, the readouts are the
// library's values for the dragged state, and the chart stays in view during the drag.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import {
  binaryEntropy,
  crossEntropy,
  entropy,
  gaussianEntropy,
  klDivergence,
} from '../../src/lib/index.ts';
import { expectClose } from '../helpers/expect-close.ts';
import { newSiteContext } from './helpers/browser.ts';
import { lessonUrl } from './helpers/site-urls.ts';
import { useChromium } from './helpers/use-chromium.ts';
import { readReadout, readWidgetState, waitForHydration, widget } from './helpers/widgets.ts';

const origin = inject('origin');
const base = inject('basePath');
const browser = useChromium();

async function openEntropyLesson(page: Page, id: string): Promise<void> {
  await page.goto(lessonUrl(origin, base, 'entropy'), { waitUntil: 'networkidle' });
  await widget(page, id).evaluate((figure) => figure.scrollIntoView({ block: 'center' }));
  await waitForHydration(page, id);
}

/** Whether at least three quarters of the widget's chart is inside the window. */
async function chartInView(page: Page, id: string): Promise<boolean> {
  return widget(page, id)
    .locator('[data-chart] svg')
    .evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const height = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
      return height / box.height >= 0.75;
    });
}

/** A one-finger drag from (x0, y0) to (x1, y1) in `steps`, as trusted touch events. */
async function touchDrag(
  cdp: CDPSession,
  [x0, y0]: [number, number],
  [x1, y1]: [number, number],
  steps = 6,
): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [{ x: x0, y: y0 }],
  });
  for (let step = 1; step <= steps; step++) {
    const t = step / steps;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t }],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('entropy explorer bars', () => {
  it('dragging bar 1 up with the mouse raises p(1), rescales the rest, and H is entropy(p)', async () => {
    const context = await newSiteContext(browser(), origin, {
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const id = 'entropy-explorer';
    await openEntropyLesson(page, id);
    const before = (await readWidgetState<{ p: number[] }>(page, id)).p;
    const bar = await widget(page, id).locator('.mark-p rect').first().boundingBox();
    expect(bar).not.toBeNull();
    const x = bar!.x + bar!.width / 2;
    await page.mouse.move(x, bar!.y + 1);
    await page.mouse.down();
    await page.mouse.move(x, bar!.y - 50, { steps: 5 });
    expect(await chartInView(page, id)).toBe(true);
    await page.mouse.up();
    const { p } = await readWidgetState<{ p: number[] }>(page, id);
    expect(p[0]!).toBeGreaterThan(before[0]! + 0.1);
    expectClose(
      p.reduce((a, b) => a + b, 0),
      1,
      { abs: 1e-9 },
    );
    // The others keep their proportions (the slider's rule).
    expectClose(p[1]! / p[2]!, before[1]! / before[2]!, { rel: 1e-9 });
    expectClose((await readReadout(page, id, 'entropy')).value, entropy(p), { rel: 1e-12 });
    await context.close();
  });

  it('a finger on a bar top drags it on a phone, and the page does not scroll', async () => {
    const context = await newSiteContext(browser(), origin, {
      viewport: { width: 360, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const id = 'entropy-explorer';
    await openEntropyLesson(page, id);
    const before = (await readWidgetState<{ p: number[] }>(page, id)).p;
    const bar = await widget(page, id).locator('.mark-p rect').nth(1).boundingBox();
    const scrollBefore = await page.evaluate(() => scrollY);
    const x = bar!.x + bar!.width / 2;
    await touchDrag(cdp, [x, bar!.y + 2], [x, bar!.y + 30]);
    const { p } = await readWidgetState<{ p: number[] }>(page, id);
    expect(p[1]!).toBeLessThan(before[1]! - 0.05);
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
    expectClose((await readReadout(page, id, 'entropy')).value, entropy(p), { rel: 1e-12 });
    await context.close();
  });
});

describe('points on curves', () => {
  it('dragging the binary-entropy point moves p along the curve; h is binaryEntropy(p)', async () => {
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    const id = 'binary-entropy';
    await openEntropyLesson(page, id);
    const before = (await readWidgetState<{ p: number }>(page, id)).p;
    const dot = await widget(page, id).locator('.mark-point circle').boundingBox();
    const cx = dot!.x + dot!.width / 2;
    const cy = dot!.y + dot!.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 60, cy, { steps: 4 });
    await page.mouse.up();
    const { p } = await readWidgetState<{ p: number }>(page, id);
    // 60 px of a chart whose p axis spans about 440 px at this width.
    expect(p).toBeGreaterThan(before + 0.08);
    expectClose((await readReadout(page, id, 'entropy')).value, binaryEntropy(p), { rel: 1e-12 });
    expect(await widget(page, id).locator('input[type="number"]').inputValue()).toBe(String(p));
    await context.close();
  });

  it('a finger on the Gaussian width handle widens the bell; h is gaussianEntropy(σ)', async () => {
    const context = await newSiteContext(browser(), origin, {
      viewport: { width: 360, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const id = 'gaussian-entropy';
    await openEntropyLesson(page, id);
    const before = (await readWidgetState<{ sigma: number }>(page, id)).sigma;
    const handle = await widget(page, id).locator('.mark-p-handles circle').nth(1).boundingBox();
    const cx = handle!.x + handle!.width / 2;
    const cy = handle!.y + handle!.height / 2;
    await touchDrag(cdp, [cx, cy], [cx + 40, cy]);
    const { sigma } = await readWidgetState<{ sigma: number }>(page, id);
    expect(sigma).toBeGreaterThan(before + 0.3);
    expectClose((await readReadout(page, id, 'entropy')).value, gaussianEntropy(sigma), {
      rel: 1e-12,
    });
    await context.close();
  });
});

describe('the pair picture', () => {
  it('dragging a q bar sets q (the rest rescale); H(p, q) and D(p‖q) are the library values', async () => {
    const context = await newSiteContext(browser(), origin, {
      viewport: { width: 1280, height: 800 },
    });
    const page = await context.newPage();
    const id = 'cross-entropy-explorer';
    await page.goto(lessonUrl(origin, base, 'cross-entropy'), { waitUntil: 'networkidle' });
    await widget(page, id).evaluate((figure) => figure.scrollIntoView({ block: 'start' }));
    await waitForHydration(page, id);
    type Pair = { p: number[]; q: number[] };
    const before = await readWidgetState<Pair>(page, id);
    const bar = await widget(page, id)
      .locator('[data-pair-bars] .mark-pair-q rect')
      .first()
      .boundingBox();
    expect(bar).not.toBeNull();
    const x = bar!.x + bar!.width / 2;
    await page.mouse.move(x, bar!.y + 1);
    await page.mouse.down();
    await page.mouse.move(x, bar!.y - 30, { steps: 4 });
    expect(await chartInView(page, id)).toBe(true);
    await page.mouse.up();
    const { p, q } = await readWidgetState<Pair>(page, id);
    expect(p).toEqual(before.p);
    expect(q[0]!).toBeGreaterThan(before.q[0]! + 0.05);
    expectClose(
      q.reduce((a, b) => a + b, 0),
      1,
      { abs: 1e-9 },
    );
    expectClose((await readReadout(page, id, 'cross-entropy')).value, crossEntropy(p, q), {
      rel: 1e-12,
    });
    expectClose((await readReadout(page, id, 'kl')).value, klDivergence(p, q), { rel: 1e-12 });
    await context.close();
  });
});
