// The entropy explorer works from the keyboard alone: focusing the first probability slider and
// pressing the arrow keys changes the distribution, the editor shows it, and the entropy readout
// is the library's entropy of it.
import { expect, inject, it } from 'vitest';
import { entropy } from '../../src/lib/index.ts';
import { expectAllClose, expectClose } from '../helpers/expect-close.ts';
import { newSiteContext } from './helpers/browser.ts';
import { lessonUrl } from './helpers/site-urls.ts';
import { useChromium } from './helpers/use-chromium.ts';
import { readDistribution, readReadout, readWidgetState, widget } from './helpers/widgets.ts';

const origin = inject('origin');
const browser = useChromium();
const id = 'entropy-explorer';

it('arrow keys on the first slider update the entropy readout to entropy(p)', async () => {
  const context = await newSiteContext(browser(), origin);
  const page = await context.newPage();
  await page.goto(lessonUrl(origin, inject('basePath'), 'entropy'), { waitUntil: 'networkidle' });
  const initial = (await readReadout(page, id, 'entropy')).value;

  const slider = widget(page, id).locator('input[type="range"]').first();
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await readReadout(page, id, 'entropy')).value).not.toBe(initial);

  // The number boxes show the state rounded to their 0.001 step; the readout is computed
  // from the full-precision state the widget holds.
  const { p } = await readWidgetState<{ p: number[] }>(page, id);
  expectAllClose(await readDistribution(page, id), p, { abs: 0.0005 + 1e-12 });
  const readout = await readReadout(page, id, 'entropy');
  expectClose(readout.value, entropy(p), { rel: 1e-12 });
  expect(readout.unit).toBe('bits');
  await context.close();
});
