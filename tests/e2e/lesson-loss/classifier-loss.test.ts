// The classifier-loss widget in its lesson: readouts restored from a link are the library's
// values, the logit boxes work from the keyboard, a gradient step moves the logits by
// −rate·gradient (from the library), "Train" lowers the loss, and ?unit=nats reports nats.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  crossEntropyLoss,
  entropy,
  gradientStep,
  klDivergence,
  logitGradient,
  smoothedTarget,
  temperedSoftmax,
} from '../../../src/lib/index.ts';
import type { ClassifierLossState } from '../../../src/components/widgets/classifier-loss/model.ts';
import { expectAllClose, expectClose } from '../../helpers/expect-close.ts';
import { newSiteContext } from '../helpers/browser.ts';
import { lessonUrl } from '../helpers/site-urls.ts';
import { useChromium } from '../helpers/use-chromium.ts';
import { readReadouts, readWidgetState, waitForHydration, widget } from '../helpers/widgets.ts';

const origin = inject('origin');
const basePath = inject('basePath');
const browser = useChromium();
const id = 'classifier-loss';

async function open(query = '', options: Parameters<typeof newSiteContext>[2] = {}) {
  const context = await newSiteContext(browser(), origin, options);
  const page = await context.newPage();
  await page.goto(lessonUrl(origin, basePath, 'cross-entropy-loss', query), {
    waitUntil: 'networkidle',
  });
  // Without a link to it, the widget loads when it comes near the window.
  await widget(page, id).scrollIntoViewIfNeeded();
  await waitForHydration(page, id);
  return { context, page };
}

async function gradients(page: Page): Promise<number[]> {
  return widget(page, id)
    .locator('output[data-gradient]')
    .evaluateAll((outputs) => outputs.map((o) => Number((o as HTMLElement).dataset['value'])));
}

describe('classifier-loss', () => {
  it('restores logits, target, smoothing and temperature from the URL', async () => {
    const logits = [0.5, -1, 2, 0.25, 1];
    const { context, page } = await open(
      `?${id}.logits=${logits.join(',')}&${id}.target=3&${id}.smoothing=0.2&${id}.temperature=1.5`,
    );
    const readouts = await readReadouts(page, id);
    const scaled = logits.map((z) => z / 1.5);
    const t = smoothedTarget(3, 5, 0.2);
    const q = temperedSoftmax(logits, 1.5);
    expectClose(readouts['loss']!.value, crossEntropyLoss([scaled], [3], { labelSmoothing: 0.2 }), {
      rel: 1e-12,
    });
    expectClose(readouts['kl']!.value, klDivergence(t, q), { rel: 1e-12 });
    expectClose(readouts['target-entropy']!.value, entropy(t), { rel: 1e-12 });
    expectAllClose(
      await gradients(page),
      logitGradient(logits, 3, { labelSmoothing: 0.2, temperature: 1.5 }),
      { rel: 1e-12 },
    );
    await context.close();
  });

  it('typing a logit from the keyboard updates the loss; a bad one shows an alert', async () => {
    const { context, page } = await open();
    const before = await readWidgetState<ClassifierLossState>(page, id);
    const box = widget(page, id).locator('input[data-logit="1"]');
    await box.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('-3');
    const logits = [...before.logits];
    logits[1] = -3;
    expectClose(
      (await readReadouts(page, id))['loss']!.value,
      crossEntropyLoss([logits], [before.target]),
      { rel: 1e-12 },
    );
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('50');
    await expect
      .poll(() => widget(page, id).locator('[data-alert]').textContent())
      .toContain('Logit z1');
    await context.close();
  });

  it('"Take a gradient step" (Enter on the button) moves the logits by −rate·gradient', async () => {
    const { context, page } = await open();
    const before = await readWidgetState<ClassifierLossState>(page, id);
    await widget(page, id).locator('[data-step]').focus();
    await page.keyboard.press('Enter');
    const after = await readWidgetState<ClassifierLossState>(page, id);
    const expected = gradientStep(
      before.logits,
      logitGradient(before.logits, before.target),
      before.rate,
    );
    expectAllClose(after.logits, expected, { rel: 1e-14, abs: 1e-15 });
    await context.close();
  });

  it('"Train" with reduced motion lowers the loss and draws the curve', async () => {
    const { context, page } = await open('', { reducedMotion: 'reduce' });
    const before = (await readReadouts(page, id))['loss']!.value;
    await widget(page, id).locator('[data-train]').click();
    await widget(page, id).locator('[data-loss-curve] svg').waitFor();
    expect((await readReadouts(page, id))['loss']!.value).toBeLessThan(before);
    await context.close();
  });

  it('?unit=nats reports the loss in nats', async () => {
    const { context, page } = await open('?unit=nats');
    const state = await readWidgetState<ClassifierLossState>(page, id);
    const loss = (await readReadouts(page, id))['loss']!;
    expect(loss.unit).toBe('nats');
    expectClose(loss.value, crossEntropyLoss([state.logits], [state.target], { base: Math.E }), {
      rel: 1e-12,
    });
    await context.close();
  });

  it('dragging a model bar up with the mouse raises that class’s probability through its logit', async () => {
    const { context, page } = await open('', { viewport: { width: 1280, height: 800 } });
    const before = await readWidgetState<ClassifierLossState>(page, id);
    const bar = await widget(page, id)
      .locator('[data-chart] .mark-model rect')
      .nth(2)
      .boundingBox();
    expect(bar).not.toBeNull();
    const x = bar!.x + bar!.width / 2;
    await page.mouse.move(x, bar!.y + 1);
    await page.mouse.down();
    await page.mouse.move(x, bar!.y - 60, { steps: 5 });
    await page.mouse.up();
    const after = await readWidgetState<ClassifierLossState>(page, id);
    expect(after.logits.filter((_, i) => i !== 2)).toEqual(before.logits.filter((_, i) => i !== 2));
    const q = temperedSoftmax(after.logits, after.temperature);
    expect(q[2]!).toBeGreaterThan(temperedSoftmax(before.logits, before.temperature)[2]! + 0.1);
    const readouts = await readReadouts(page, id);
    expectClose(
      readouts['loss']!.value,
      crossEntropyLoss([after.logits.map((z) => z / after.temperature)], [after.target], {
        labelSmoothing: after.smoothing,
      }),
      { rel: 1e-12 },
    );
    await context.close();
  });
});
