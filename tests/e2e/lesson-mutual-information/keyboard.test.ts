// The joint-entropy widget from the keyboard alone: arrow keys on a cell's slider, typing in its
// number box, Normalise and the two table buttons pressed with Enter; every readout is then the
// library's value for the widget's table, and bad input shows an alert and keeps the readouts.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { entropy, marginals } from '../../../src/lib/index.ts';
import {
  tableOf,
  type JointEntropyState,
} from '../../../src/components/widgets/joint-entropy/model.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { useChromium } from '../helpers/use-chromium.ts';
import { readReadout, readReadouts, readWidgetState, widget } from '../helpers/widgets.ts';
import { expectReadoutsOf, openLesson } from './helpers.ts';

const origin = inject('origin');
const basePath = inject('basePath');
const browser = useChromium();
const id = 'noisy-wire';

const state = (page: Page) => readWidgetState<JointEntropyState>(page, id);
const alertOf = (page: Page) => widget(page, id).locator('[role="alert"]');

async function retype(page: Page, index: number, text: string): Promise<void> {
  await widget(page, id).locator('input[data-outcome-number]').nth(index).focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

describe('joint-entropy by keyboard', () => {
  it('arrow keys on p(x=1, y=2) move that cell; the readouts follow src/lib', async () => {
    const { context, page } = await openLesson(browser(), origin, basePath, '#conditional-entropy');
    const slider = widget(page, id).getByRole('slider', { name: 'p(x=1, y=2)' });
    await slider.focus();
    const before = (await readReadout(page, id, 'mutual-information')).value;
    for (let press = 0; press < 5; press++) await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await readReadout(page, id, 'mutual-information')).value)
      .not.toBe(before);
    const after = await state(page);
    expectClose(after.joint[1]!, 0.15, { abs: 1e-9 });
    expectClose(
      after.joint.reduce((a, b) => a + b, 0),
      1,
      { abs: 1e-12 },
    );
    await expectReadoutsOf(page, id, after);
    await context.close();
  });

  it('typed cells that stop summing to 1 are refused; Normalise (Enter) takes them', async () => {
    const { context, page } = await openLesson(browser(), origin, basePath, '#conditional-entropy');
    const before = await readReadouts(page, id);
    await retype(page, 0, '0.7');
    await expect.poll(() => alertOf(page).textContent()).toContain('sum');
    expect(await readReadouts(page, id)).toEqual(before);
    await retype(page, 1, 'abc');
    await expect.poll(() => alertOf(page).textContent()).not.toBe('');
    await retype(page, 1, '0.1');
    await widget(page, id).getByRole('button', { name: 'Normalise' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => alertOf(page).textContent()).toBe('');
    const normalised = await state(page);
    const raw = [0.7, 0.1, 0.1, 0.4];
    normalised.joint.forEach((value, k) => expectClose(value, raw[k]! / 1.3, { rel: 1e-12 }));
    await expectReadoutsOf(page, id, normalised);
    await context.close();
  });

  it('Independent table sends I(X;Y) to 0 keeping the marginals; Perfectly dependent to H(X)', async () => {
    const { context, page } = await openLesson(browser(), origin, basePath, '#conditional-entropy');
    const slider = widget(page, id).getByRole('slider', { name: 'p(x=1, y=1)' });
    await slider.focus();
    for (let press = 0; press < 10; press++) await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await state(page)).joint[0]).toBeCloseTo(0.5, 9);
    const edited = await state(page);
    const { x } = marginals(tableOf(edited));
    await widget(page, id).getByRole('button', { name: 'Independent table' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await readReadout(page, id, 'mutual-information')).value)
      .toBeLessThan(1e-15);
    await expectReadoutsOf(page, id, await state(page));
    expectClose((await readReadout(page, id, 'entropy-x')).value, entropy(x), { rel: 1e-12 });
    await widget(page, id).getByRole('button', { name: 'Perfectly dependent table' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await readReadout(page, id, 'mutual-information')).value)
      .toBeGreaterThan(0.5);
    const dependent = await state(page);
    await expectReadoutsOf(page, id, dependent);
    expectClose((await readReadout(page, id, 'mutual-information')).value, entropy(x), {
      rel: 1e-12,
    });
    await context.close();
  });
});
