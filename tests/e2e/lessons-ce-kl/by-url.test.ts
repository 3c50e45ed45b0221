// The cross-entropy and KL widgets restore their state from a link: each readout's data-value is
// the library's value for the state in the URL, and a mismatched p/q pair is refused with a notice.
import { describe, expect, inject, it } from 'vitest';
import {
  crossEntropy,
  entropy,
  expectedCodeLength,
  gaussianKl,
  huffmanCodeLengths,
  klDivergence,
} from '../../../src/lib/index.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { newSiteContext } from '../helpers/browser.ts';
import { lessonUrl } from '../helpers/site-urls.ts';
import { useChromium } from '../helpers/use-chromium.ts';
import { readReadouts, waitForHydration, widget } from '../helpers/widgets.ts';

const origin = inject('origin');
const basePath = inject('basePath');
const browser = useChromium();

async function openWidget(slug: string, query: string, id: string) {
  const context = await newSiteContext(browser(), origin);
  const page = await context.newPage();
  await page.goto(lessonUrl(origin, basePath, slug, query), { waitUntil: 'networkidle' });
  await waitForHydration(page, id);
  return { page, context, readouts: await readReadouts(page, id) };
}

describe('widget state from the URL', () => {
  it('cross-entropy-explorer: H(p, q), H(p) and D(p‖q) for the linked p and q', async () => {
    const p = [0.2, 0.3, 0.5];
    const q = [0.4, 0.4, 0.2];
    const { context, readouts } = await openWidget(
      'cross-entropy',
      `?cross-entropy-explorer.p=${p.join(',')}&cross-entropy-explorer.q=${q.join(',')}#cross-entropy-is-not-zero-when-q-matches-p`,
      'cross-entropy-explorer',
    );
    expectClose(readouts['cross-entropy']!.value, crossEntropy(p, q), { rel: 1e-12 });
    expectClose(readouts['entropy']!.value, entropy(p), { rel: 1e-12 });
    expectClose(readouts['kl']!.value, klDivergence(p, q), { rel: 1e-12 });
    await context.close();
  });

  it('coding-game: the expected length of the Huffman code for the linked q, and both entropies', async () => {
    const p = [0.1, 0.6, 0.3];
    const q = [0.6, 0.1, 0.3];
    const { context, readouts } = await openWidget(
      'cross-entropy',
      `?coding-game.p=${p.join(',')}&coding-game.q=${q.join(',')}&coding-game.n=100000&coding-game.seed=3`,
      'coding-game',
    );
    const expected = expectedCodeLength(p, huffmanCodeLengths(q));
    expectClose(readouts['expected-length']!.value, expected, { rel: 1e-12 });
    expectClose(readouts['cross-entropy']!.value, crossEntropy(p, q), { rel: 1e-12 });
    expectClose(readouts['entropy']!.value, entropy(p), { rel: 1e-12 });
    expectClose(readouts['bits-per-symbol']!.value, expected, { abs: 0.02 });
    await context.close();
  });

  it('kl-explorer: both directions, and ∞ when q misses part of p', async () => {
    const { context, readouts } = await openWidget(
      'kl-divergence',
      '?kl-explorer.p=0.5,0.5&kl-explorer.q=1,0',
      'kl-explorer',
    );
    expect(readouts['kl-pq']!.value).toBe(Infinity);
    expectClose(readouts['kl-qp']!.value, klDivergence([1, 0], [0.5, 0.5]), { rel: 1e-12 });
    await context.close();
  });

  it('gaussian-kl: closed form both ways and the numeric integral', async () => {
    const { context, readouts } = await openWidget(
      'kl-divergence',
      '?gaussian-kl.mu1=-1&gaussian-kl.sigma1=0.3&gaussian-kl.mu2=2&gaussian-kl.sigma2=1.5',
      'gaussian-kl',
    );
    expectClose(readouts['kl-pq']!.value, gaussianKl(-1, 0.3, 2, 1.5), { rel: 1e-12 });
    expectClose(readouts['kl-qp']!.value, gaussianKl(2, 1.5, -1, 0.3), { rel: 1e-12 });
    expectClose(readouts['kl-numeric']!.value, gaussianKl(-1, 0.3, 2, 1.5), { rel: 1e-8 });
    await context.close();
  });

  it('kl-fit: forward fit = moment matching; reverse fit on one of two far modes', async () => {
    const { page, context } = await openWidget(
      'kl-divergence',
      '?kl-fit.weight=0.6&kl-fit.mu1=-4&kl-fit.mu2=4&kl-fit.sigma=0.5',
      'kl-fit',
    );
    // A coarse fit may show first; the full fit follows at once.
    await widget(page, 'kl-fit').locator('[data-refined="true"]').waitFor({ state: 'attached' });
    const readouts = await readReadouts(page, 'kl-fit');
    expectClose(readouts['forward-mu']!.value, 0.6 * -4 + 0.4 * 4, { abs: 1e-6 });
    expectClose(readouts['forward-sigma']!.value, Math.sqrt(0.25 + 0.6 * 0.4 * 64), { rel: 1e-6 });
    expectClose(readouts['reverse-mu']!.value, -4, { abs: 1e-3 });
    expectClose(readouts['reverse-sigma']!.value, 0.5, { rel: 1e-3 });
    await context.close();
  });

  it('a link whose p and q differ in length is ignored with a visible notice', async () => {
    const { page, context, readouts } = await openWidget(
      'kl-divergence',
      '?kl-explorer.p=0.2,0.3,0.5',
      'kl-explorer',
    );
    await expect
      .poll(() => widget(page, 'kl-explorer').locator('[data-notice]').textContent())
      .toContain('q has 2 outcomes but p has 3');
    expectClose(readouts['kl-pq']!.value, klDivergence([0.5, 0.5], [0.75, 0.25]), { rel: 1e-12 });
    await context.close();
  });
});
