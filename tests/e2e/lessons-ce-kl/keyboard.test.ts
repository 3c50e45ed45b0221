// The cross-entropy and KL widgets work from the keyboard alone: arrow keys on a slider or typing
// in a number box change the state, and the readouts are the library's values for that state;
// bad input shows an alert and keeps the last valid readouts; kl-fit's Play button toggles, and
// with reduced motion it jumps to the fitted curves without animating.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { crossEntropy, gaussianKl, klDivergence } from '../../../src/lib/index.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { newSiteContext } from '../helpers/browser.ts';
import { lessonUrl } from '../helpers/site-urls.ts';
import { useChromium } from '../helpers/use-chromium.ts';
import { readoutValues } from '../../../src/components/kit/types.ts';
import { describeFits } from '../../../src/components/widgets/kl-fit/chart.ts';
import { fitBoth } from '../../../src/components/widgets/kl-fit/fit.ts';
import {
  finalPoints,
  fittedParameters,
  klFitModel,
  type KlFitState,
} from '../../../src/components/widgets/kl-fit/model.ts';
import {
  readReadout,
  readReadouts,
  readWidgetState,
  waitForHydration,
  widget,
} from '../helpers/widgets.ts';

const origin = inject('origin');
const basePath = inject('basePath');
const browser = useChromium();

async function open(slug: string, options: Parameters<typeof newSiteContext>[2] = {}) {
  const context = await newSiteContext(browser(), origin, options);
  const page = await context.newPage();
  await page.goto(lessonUrl(origin, basePath, slug), { waitUntil: 'networkidle' });
  return { context, page };
}

/** Select the number box's text and type `text` as a reader would. */
async function retype(page: Page, id: string, selector: string, text: string): Promise<void> {
  const box = widget(page, id).locator(selector);
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
}

const alertOf = (page: Page, id: string) => widget(page, id).locator('[role="alert"]');

describe('keyboard operation', () => {
  it('cross-entropy-explorer: arrow keys on q(1) update H(p, q) to crossEntropy(p, q)', async () => {
    const { context, page } = await open('cross-entropy');
    const id = 'cross-entropy-explorer';
    const before = (await readReadout(page, id, 'cross-entropy')).value;
    await widget(page, id)
      .locator('[data-distribution-editor="q"] input[type="range"]')
      .first()
      .focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await readReadout(page, id, 'cross-entropy')).value)
      .not.toBe(before);
    const { p, q } = await readWidgetState<{ p: number[]; q: number[] }>(page, id);
    expectClose((await readReadout(page, id, 'cross-entropy')).value, crossEntropy(p, q), {
      rel: 1e-12,
    });
    expectClose((await readReadout(page, id, 'kl')).value, klDivergence(p, q), {
      rel: 1e-12,
      abs: 1e-15,
    });
    await context.close();
  });

  it('cross-entropy-explorer: −0.2 and a q that does not sum to 1 are refused, readouts kept', async () => {
    const { context, page } = await open('cross-entropy');
    const id = 'cross-entropy-explorer';
    const before = (await readReadout(page, id, 'cross-entropy')).value;
    const firstQ = '[data-distribution-editor="q"] input[type="number"] >> nth=0';
    await retype(page, id, firstQ, '-0.2');
    await expect.poll(() => alertOf(page, id).textContent()).not.toBe('');
    await retype(page, id, firstQ, '0.6');
    await expect.poll(() => alertOf(page, id).textContent()).toContain('sum');
    expect((await readReadout(page, id, 'cross-entropy')).value).toBe(before);
    await context.close();
  });

  it('coding-game: typing n updates the sample; text in the box is refused', async () => {
    const { context, page } = await open('cross-entropy');
    const id = 'coding-game';
    await retype(page, id, '[data-scalar-control="n"] input[type="number"]', '50000');
    await expect.poll(async () => (await readWidgetState<{ n: number }>(page, id)).n).toBe(50000);
    const expected = (await readReadout(page, id, 'expected-length')).value;
    expectClose((await readReadout(page, id, 'bits-per-symbol')).value, expected, { abs: 0.03 });
    const kept = (await readReadout(page, id, 'bits-per-symbol')).value;
    await retype(page, id, '[data-scalar-control="seed"] input[type="number"]', '-');
    await expect.poll(() => alertOf(page, id).textContent()).toContain('Random seed');
    expect((await readReadout(page, id, 'bits-per-symbol')).value).toBe(kept);
    await context.close();
  });

  it('kl-explorer: Swap by keyboard exchanges the two directions', async () => {
    const { context, page } = await open('kl-divergence');
    const id = 'kl-explorer';
    await widget(page, id).getByRole('button', { name: 'Swap p and q' }).focus();
    // Keyboard operation of the live widget (a press before it is live is replayed: loader.ts).
    await waitForHydration(page, id);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await readWidgetState<{ p: number[] }>(page, id)).p)
      .toEqual([0.75, 0.25]);
    expectClose(
      (await readReadout(page, id, 'kl-pq')).value,
      klDivergence([0.75, 0.25], [0.5, 0.5]),
      { rel: 1e-12 },
    );
    await context.close();
  });

  it('gaussian-kl: arrow keys on σ₂ update the readouts; σ₂ = 0 is refused', async () => {
    const { context, page } = await open('kl-divergence');
    const id = 'gaussian-kl';
    await widget(page, id).locator('[data-scalar-control="sigma2"] input[type="range"]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(async () => (await readWidgetState<{ sigma2: number }>(page, id)).sigma2)
      .not.toBe(2);
    const s = await readWidgetState<{ mu1: number; sigma1: number; mu2: number; sigma2: number }>(
      page,
      id,
    );
    expectClose(
      (await readReadout(page, id, 'kl-pq')).value,
      gaussianKl(s.mu1, s.sigma1, s.mu2, s.sigma2),
      { rel: 1e-12 },
    );
    const kept = (await readReadout(page, id, 'kl-pq')).value;
    await retype(page, id, '[data-scalar-control="sigma2"] input[type="number"]', '0');
    await expect.poll(() => alertOf(page, id).textContent()).toContain('σ₂');
    expect((await readReadout(page, id, 'kl-pq')).value).toBe(kept);
    await context.close();
  });

  it('kl-fit: typing the modes apart moves the fits; Play toggles aria-pressed with Space', async () => {
    const { context, page } = await open('kl-divergence');
    const id = 'kl-fit';
    await retype(page, id, '[data-scalar-control="mu2"] input[type="number"]', '5');
    await expect.poll(async () => (await readWidgetState<{ mu2: number }>(page, id)).mu2).toBe(5);
    // A coarse fit is shown while the reader types; the full fit follows once input stops.
    await widget(page, id).locator('[data-refined="true"]').waitFor({ state: 'attached' });
    expectClose((await readReadout(page, id, 'forward-mu')).value, 0.5 * -3 + 0.5 * 5, {
      abs: 1e-6,
    });
    const play = widget(page, id).getByRole('button', { name: 'Play the fits' });
    await play.focus();
    await page.keyboard.press('Space');
    await expect(play.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.keyboard.press('Space');
    await expect(play.getAttribute('aria-pressed')).resolves.toBe('false');
    await context.close();
  });

  it('kl-fit: with reduced motion, Play draws the fitted curves at once and never animates', async () => {
    const { context, page } = await open('kl-divergence', { reducedMotion: 'reduce' });
    const id = 'kl-fit';
    const figure = widget(page, id);
    // A state of the reader's own, so the fitted values below are the model's for that state.
    await retype(page, id, '[data-scalar-control="mu2"] input[type="number"]', '5');
    // Fitting takes a while on a busy machine: wait for it longer than expect.poll's 1 s default.
    const slow = { timeout: 20_000 };
    await expect.poll(async () => (await readWidgetState<KlFitState>(page, id)).mu2, slow).toBe(5);
    // The full fit follows the typed value; compare what Play shows with that one.
    await figure.locator('[data-refined="true"]').waitFor({ state: 'attached', ...slow });
    const state = await readWidgetState<KlFitState>(page, id);

    // Mark the chart drawn for this state, and from here on record every value the button's
    // aria-pressed and the chart's text alternative take (an animation would pass through
    // aria-pressed="true" and "N% of the way through the fit" frames).
    const curvesBefore = await figure.evaluate((root) => {
      const description = root.querySelector('[data-chart-description]')!;
      const seen = { pressed: [] as (string | null)[], descriptions: [] as string[] };
      new MutationObserver((mutations) => {
        for (const mutation of mutations)
          if (mutation.attributeName === 'aria-pressed') seen.pressed.push(mutation.oldValue);
        seen.descriptions.push(description.textContent ?? '');
      }).observe(root, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeOldValue: true,
      });
      Object.assign(window, { playSeen: seen });
      return [...root.querySelectorAll('[data-chart] g[aria-label="line"] path')].map((path) =>
        path.getAttribute('d'),
      );
    });
    expect(curvesBefore).toHaveLength(3); // p's outline, the forward and the reverse fit

    const play = figure.getByRole('button', { name: 'Play the fits' });
    await play.focus();
    await page.keyboard.press('Enter');
    // Play showed something (the chart updates in place, so watch its marks change)...
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              (window as unknown as { playSeen: { descriptions: string[] } }).playSeen.descriptions
                .length,
          ),
        slow,
      )
      .toBeGreaterThan(0);
    // ...and no animation frame follows: let the animation's time pass, then check every
    // text alternative drawn (below) was the fitted one.
    await page.waitForTimeout(500);

    const fitted = describeFits(
      state,
      'bits',
      finalPoints(fitBoth(state)),
      readoutValues(klFitModel.readouts(state, 'bits')),
      'fitted',
    );
    expect(fitted).toContain('fitted: forward (dashed) mean');
    const seen = await page.evaluate(
      () =>
        (window as unknown as { playSeen: { pressed: string[]; descriptions: string[] } }).playSeen,
    );
    expect(seen.descriptions.length, 'Play changed nothing in the widget').toBeGreaterThan(0);
    expect(new Set(seen.descriptions), 'every text alternative drawn is the fitted one').toEqual(
      new Set([fitted]),
    );
    expect(seen.pressed, 'Play was pressed (an animation ran)').not.toContain('true');
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    // The curves drawn are the fitted ones, as drawn for the state before Play.
    expect(
      await figure
        .locator('[data-chart] g[aria-label="line"] path')
        .evaluateAll((paths) => paths.map((path) => path.getAttribute('d'))),
    ).toEqual(curvesBefore);
    // The readouts are the model's fitted m, s and divergences for the state.
    const readouts = await readReadouts(page, id);
    for (const parameter of fittedParameters(state))
      expectClose(readouts[parameter.name]!.value, parameter.value, { rel: 1e-9, abs: 1e-12 });
    for (const readout of klFitModel.readouts(state, 'bits'))
      expectClose(readouts[readout.name]!.value, readout.value, { rel: 1e-9 });
    await context.close();
  });
});
