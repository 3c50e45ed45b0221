// The joint-entropy widgets restore their table from a link: every readout's data-value is the
// library's value for the linked table, in bits and in nats; a list that does not fit its rows,
// and hostile values, are ignored with a notice and the page's table stays.
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from '../helpers/use-chromium.ts';
import { readWidgetState, widget } from '../helpers/widgets.ts';
import { expectReadoutsOf, openLesson } from './helpers.ts';
import type { JointEntropyState } from '../../../src/components/widgets/joint-entropy/model.ts';

const origin = inject('origin');
const basePath = inject('basePath');
const browser = useChromium();

describe('joint-entropy state from the URL', () => {
  it('noisy-wire: a 3 × 4 table from the link, every readout from src/lib', async () => {
    const joint = [0.1, 0.05, 0, 0.15, 0.2, 0, 0.05, 0.05, 0.1, 0.1, 0.15, 0.05];
    const { context, page } = await openLesson(
      browser(),
      origin,
      basePath,
      `?noisy-wire.joint=${joint.join(',')}&noisy-wire.rows=3#conditional-entropy`,
    );
    const state = await readWidgetState<JointEntropyState>(page, 'noisy-wire');
    expect(state.rows).toBe(3);
    state.joint.forEach((value, k) => expect(value).toBeCloseTo(joint[k]!, 12));
    await expectReadoutsOf(page, 'noisy-wire', state);
    await expect
      .poll(() => widget(page, 'noisy-wire').locator('[data-outcome-label]').nth(7).textContent())
      .toBe('p(x=2, y=4)');
    await context.close();
  });

  it('zero-correlation: the lesson’s table gives I(X;Y) from src/lib, in nats with ?unit=nats', async () => {
    const { context, page } = await openLesson(browser(), origin, basePath, '?unit=nats');
    const state = await readWidgetState<JointEntropyState>(page, 'zero-correlation');
    expect(state).toEqual({ joint: [0, 0.25, 0, 0.25, 0, 0.25, 0, 0.25, 0], rows: 3 });
    await expectReadoutsOf(page, 'zero-correlation', state, 'nats');
    await context.close();
  });

  it('a list that does not split into its rows, and hostile values, are ignored with a notice', async () => {
    const { context, page } = await openLesson(
      browser(),
      origin,
      basePath,
      '?noisy-wire.joint=0.2,0.2,0.2,0.2,0.2&noisy-wire.rows=2' +
        '&zero-correlation.rows=%3Cimg%20src%3Dx%3E&zero-correlation.joint=NaN,1',
    );
    const wire = await readWidgetState<JointEntropyState>(page, 'noisy-wire');
    expect(wire).toEqual({ joint: [0.4, 0.1, 0.1, 0.4], rows: 2 });
    await expectReadoutsOf(page, 'noisy-wire', wire);
    await expect
      .poll(() => widget(page, 'noisy-wire').locator('[data-notice]').isVisible())
      .toBe(true);
    expect(await widget(page, 'noisy-wire').locator('[data-notice]').textContent()).toContain(
      'do not split into 2 equal rows',
    );
    const cross = await readWidgetState<JointEntropyState>(page, 'zero-correlation');
    expect(cross.rows).toBe(3);
    const notice = widget(page, 'zero-correlation').locator('[data-notice]');
    await expect.poll(() => notice.isVisible()).toBe(true);
    expect(await notice.textContent()).toContain('zero-correlation.rows');
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await context.close();
  });
});
