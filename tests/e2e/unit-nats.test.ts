// `?unit=nats` switches every readout to nats: data-unit is "nats" and the values are the
// library's with base e.
import { expect, inject, it } from 'vitest';
import { entropy } from '../../src/lib/index.ts';
import { expectClose } from '../helpers/expect-close.ts';
import { newSiteContext } from './helpers/browser.ts';
import { useChromium } from './helpers/use-chromium.ts';
import { lessonUrl } from './helpers/site-urls.ts';
import { readDistribution, readReadout, waitForHydration } from './helpers/widgets.ts';

const origin = inject('origin');
const browser = useChromium();
const id = 'entropy-explorer';

it('?unit=nats shows every readout in nats, with the library values in base e', async () => {
  const context = await newSiteContext(browser(), origin);
  const page = await context.newPage();
  await page.goto(lessonUrl(origin, inject('basePath'), 'entropy', '?unit=nats'), {
    waitUntil: 'networkidle',
  });
  await waitForHydration(page, id);

  const units = await page
    .locator('output[data-readout]')
    .evaluateAll((outputs) => outputs.map((output) => output.getAttribute('data-unit')));
  expect(units.length).toBeGreaterThan(0);
  expect(new Set(units)).toEqual(new Set(['nats']));

  const p = await readDistribution(page, id);
  expectClose((await readReadout(page, id, 'entropy')).value, entropy(p, { base: Math.E }), {
    rel: 1e-12,
  });
  await context.close();
});
