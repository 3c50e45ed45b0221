// Dragging a bar of the joint table sets that cell (the other cells rescale, as its slider
// does), with the mouse at 1280 × 800 and with a finger at 360 × 800; the readouts are then the
// library's values for the widget's table, and the identities picture stays in view.
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import type { JointEntropyState } from '../../../src/components/widgets/joint-entropy/model.ts';
import { useChromium } from '../helpers/use-chromium.ts';
import { readWidgetState, widget } from '../helpers/widgets.ts';
import { expectReadoutsOf, openLesson } from './helpers.ts';

const origin = inject('origin');
const basePath = inject('basePath');
const browser = useChromium();
const id = 'noisy-wire';

/**
 * Scroll the table picture into reach: wide, the whole widget to the middle of the window (the
 * view sits beside the controls); stacked, the table to the bottom, below the sticky view.
 */
async function bringIntoView(page: Page, stacked: boolean): Promise<void> {
  const target = stacked ? widget(page, id).locator('[data-joint-table]') : widget(page, id);
  await target.evaluate(
    (element, block) => element.scrollIntoView({ block }),
    stacked ? ('end' as const) : ('center' as const),
  );
  await readWidgetState(page, id);
}

/** Whether the identities chart is at least three-quarters inside the window. */
async function chartInView(page: Page): Promise<boolean> {
  return widget(page, id)
    .locator('[data-chart] svg')
    .evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const height = Math.min(box.bottom, innerHeight) - Math.max(box.top, 0);
      return height / box.height >= 0.75;
    });
}

async function touchDrag(
  cdp: CDPSession,
  [x0, y0]: [number, number],
  [x1, y1]: [number, number],
): Promise<void> {
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [{ x: x0, y: y0 }],
  });
  for (let step = 1; step <= 6; step++) {
    const t = step / 6;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t }],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('joint-entropy table drag', () => {
  it('the mouse raises p(x=2, y=1); the others rescale and the readouts follow src/lib', async () => {
    const { context, page } = await openLesson(browser(), origin, basePath, '', {
      viewport: { width: 1280, height: 800 },
    });
    await bringIntoView(page, false);
    const before = await readWidgetState<JointEntropyState>(page, id);
    const bar = await widget(page, id).locator('.mark-joint rect').nth(2).boundingBox();
    expect(bar).not.toBeNull();
    const x = bar!.x + bar!.width / 2;
    await page.mouse.move(x, bar!.y + 1);
    await page.mouse.down();
    await page.mouse.move(x, bar!.y - 40, { steps: 5 });
    expect(await chartInView(page)).toBe(true);
    await page.mouse.up();
    const after = await readWidgetState<JointEntropyState>(page, id);
    expect(after.joint[2]!).toBeGreaterThan(before.joint[2]! + 0.1);
    expect(after.joint.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // The other cells keep their proportions to one another.
    expect(after.joint[0]! / after.joint[1]!).toBeCloseTo(before.joint[0]! / before.joint[1]!, 6);
    await expectReadoutsOf(page, id, after);
    const box = widget(page, id).getByRole('spinbutton', { name: 'p(x=2, y=1)' });
    expect(Number(await box.inputValue())).toBeCloseTo(after.joint[2]!, 3);
    await context.close();
  });

  it('a finger drags p(x=1, y=1) down by its top on a phone', async () => {
    const { context, page } = await openLesson(browser(), origin, basePath, '', {
      viewport: { width: 360, height: 800 },
      hasTouch: true,
      isMobile: true,
    });
    await bringIntoView(page, true);
    const before = await readWidgetState<JointEntropyState>(page, id);
    const bar = await widget(page, id).locator('.mark-joint rect').first().boundingBox();
    expect(bar).not.toBeNull();
    const x = bar!.x + bar!.width / 2;
    const cdp = await context.newCDPSession(page);
    const scrollBefore = await page.evaluate(() => scrollY);
    await touchDrag(cdp, [x, bar!.y + 2], [x, bar!.y + bar!.height * 0.5]);
    // The view above the table keeps its height, so the table does not move under the finger.
    const barAfter = await widget(page, id).locator('.mark-joint rect').first().boundingBox();
    expect(barAfter!.y + barAfter!.height).toBeCloseTo(bar!.y + bar!.height, 0);
    expect(await page.evaluate(() => scrollY)).toBe(scrollBefore);
    await expect
      .poll(async () => (await readWidgetState<JointEntropyState>(page, id)).joint[0]!)
      .toBeLessThan(before.joint[0]! - 0.1);
    await expectReadoutsOf(page, id, await readWidgetState<JointEntropyState>(page, id));
    await context.close();
  });
});
