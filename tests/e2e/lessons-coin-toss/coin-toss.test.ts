// The coin-toss widget restores its state from a link (readouts equal the library's values for
// the linked coins, seed and source), ignores a hostile source with a notice, and works from the
// keyboard: typing n, arrow keys on p, and choosing the tossing coin in the select.
import { describe, expect, inject, it } from 'vitest';
import { bernoulliKl, createRng, logLikelihoodRatio, tossCoins } from '../../../src/lib/index.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { newSiteContext } from '../helpers/browser.ts';
import { lessonUrl } from '../helpers/site-urls.ts';
import { useChromium } from '../helpers/use-chromium.ts';
import { readReadouts, readWidgetState, waitForHydration, widget } from '../helpers/widgets.ts';

const origin = inject('origin');
const basePath = inject('basePath');
const browser = useChromium();
const id = 'coin-toss';

async function open(query = '') {
  const context = await newSiteContext(browser(), origin);
  const page = await context.newPage();
  await page.goto(lessonUrl(origin, basePath, 'coin-toss', query), { waitUntil: 'networkidle' });
  await waitForHydration(page, id);
  return { context, page };
}

/** The library's readouts (bits) for n tosses of the source coin with `seed`. */
function expected(p: number, q: number, n: number, seed: number, source: 'p' | 'q') {
  const tosses = tossCoins(n, source === 'p' ? p : q, createRng(seed));
  const heads = tosses.reduce((sum, t) => sum + t, 0);
  return {
    heads,
    llr: logLikelihoodRatio(heads, n, p, q) / n,
    pq: bernoulliKl(p, q),
    qp: bernoulliKl(q, p),
  };
}

describe('coin-toss widget', () => {
  it('takes p, q, n, seed and source from the URL; readouts are the library values', async () => {
    const [p, q, n, seed] = [0.35, 0.6, 200_000, 42];
    const { context, page } = await open(
      `?coin-toss.p=${p}&coin-toss.q=${q}&coin-toss.n=${n}&coin-toss.seed=${seed}&coin-toss.source=q`,
    );
    const readouts = await readReadouts(page, id);
    const want = expected(p, q, n, seed, 'q');
    expect(readouts['heads']!.value).toBe(want.heads);
    expectClose(readouts['llr-per-toss']!.value, want.llr, { rel: 1e-12 });
    expectClose(readouts['kl-pq']!.value, want.pq, { rel: 1e-12 });
    expectClose(readouts['kl-qp']!.value, want.qp, { rel: 1e-12 });
    // Coin 2 tossing: the evidence for coin 1 per toss is near −D(q‖p), not D(q‖p).
    expectClose(readouts['llr-per-toss']!.value, -want.qp, { abs: 0.01 });
    await expect
      .poll(() => widget(page, id).locator('select[data-source-control]').inputValue())
      .toBe('q');
    await context.close();
  });

  it('shows the readouts in nats with ?unit=nats', async () => {
    const { context, page } = await open('?unit=nats&coin-toss.n=5000&coin-toss.seed=3');
    const readouts = await readReadouts(page, id);
    const heads = expected(0.5, 0.75, 5000, 3, 'p').heads;
    expect(readouts['llr-per-toss']!.unit).toBe('nats');
    expectClose(
      readouts['llr-per-toss']!.value,
      logLikelihoodRatio(heads, 5000, 0.5, 0.75, { base: Math.E }) / 5000,
      { rel: 1e-12 },
    );
    expectClose(readouts['kl-pq']!.value, bernoulliKl(0.5, 0.75, { base: Math.E }), {
      rel: 1e-12,
    });
    await context.close();
  });

  it('ignores a hostile source and n with a notice, keeping the defaults', async () => {
    const { context, page } = await open('?coin-toss.source=r&coin-toss.n=1e9');
    const state = await readWidgetState<{ source: string; n: number }>(page, id);
    expect(state.source).toBe('p');
    expect(state.n).toBe(10_000);
    await expect
      .poll(() => widget(page, id).getByText('coin-toss.source').count())
      .toBeGreaterThan(0);
    await context.close();
  });

  it('works from the keyboard: type n, arrow p, choose the tossing coin', async () => {
    const { context, page } = await open('?coin-toss.runs=1');
    const box = widget(page, id).locator('[data-scalar-control="n"] input[type="number"]');
    await box.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('5000');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await readWidgetState<{ n: number }>(page, id)).n).toBe(5000);
    await widget(page, id).locator('[data-scalar-control="p"] input[type="range"]').focus();
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(async () => (await readWidgetState<{ p: number }>(page, id)).p)
      .toBeCloseTo(0.49, 10);
    await widget(page, id).locator('select[data-source-control]').focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(async () => (await readWidgetState<{ source: string }>(page, id)).source)
      .toBe('q');
    const s = await readWidgetState<{ p: number; q: number; n: number; seed: number }>(page, id);
    const want = expected(s.p, s.q, s.n, s.seed, 'q');
    const readouts = await readReadouts(page, id);
    expect(readouts['heads']!.value).toBe(want.heads);
    expectClose(readouts['llr-per-toss']!.value, want.llr, { rel: 1e-12 });
    await context.close();
  });

  it('draws a new seed of 10⁶ tosses in its worker and then shows the library’s heads', async () => {
    const { context, page } = await open('?coin-toss.n=1000000&coin-toss.runs=1&coin-toss.seed=5');
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await widget(page, id).locator('[data-scalar-control="seed"] input[type="range"]').focus();
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => readWidgetState<{ seed: number }>(page, id).then(({ seed }) => seed))
      .toBe(6);
    await expect
      .poll(() => readReadouts(page, id).then((r) => r['heads']!.value), { timeout: 15_000 })
      .toBe(expected(0.5, 0.75, 1_000_000, 6, 'p').heads);
    const tossing = await widget(page, id)
      .locator('coin-toss-widget')
      .evaluate((element) => element.hasAttribute('data-tossing'));
    expect(tossing).toBe(false);
    expect(workers.some((url) => url.includes('draw-worker'))).toBe(true);
    await context.close();
  });
});
