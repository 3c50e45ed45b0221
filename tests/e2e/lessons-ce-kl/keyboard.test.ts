// The cross-entropy and KL widgets work from the keyboard alone: arrow keys on a slider or typing
// in a number box change the state, and the readouts are the library's values for that state;
// bad input shows an alert and keeps the last valid readouts; kl-fit's Play button toggles.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { crossEntropy, gaussianKl, klDivergence } from '../../../src/lib/index.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { newSiteContext } from '../helpers/browser.ts';
import { lessonUrl } from '../helpers/site-urls.ts';
import { useChromium } from '../helpers/use-chromium.ts';
import { readReadout, readWidgetState, widget } from '../helpers/widgets.ts';

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

  it('kl-fit: with reduced motion, Play jumps to the fitted curves without animating', async () => {
    const { context, page } = await open('kl-divergence', { reducedMotion: 'reduce' });
    const id = 'kl-fit';
    const play = widget(page, id).getByRole('button', { name: 'Play the fits' });
    await play.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => widget(page, id).locator('[data-chart-description]').textContent())
      .toContain('fitted');
    expect(await play.getAttribute('aria-pressed')).toBe('false');
    await context.close();
  });
});
