// A link with a widget's state shows that state as soon as the page has loaded, without any
// interaction: the editor shows p and the readout is the library's entropy(p).
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
const p = [0.1, 0.2, 0.7];

it(`?${id}.p=${p.join(',')} is shown on load`, async () => {
  const context = await newSiteContext(browser(), origin);
  const page = await context.newPage();
  const url = lessonUrl(origin, inject('basePath'), 'entropy', `?${id}.p=${p.join(',')}#${id}`);
  await page.goto(url, { waitUntil: 'networkidle' });
  await waitForHydration(page, id);
  expect(await readDistribution(page, id)).toEqual(p);
  const readout = await readReadout(page, id, 'entropy');
  expectClose(readout.value, entropy(p), { rel: 1e-12 });
  await context.close();
});
