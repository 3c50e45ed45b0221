/**
 * The mutual-information lesson's widgets in a real page: open the lesson, and check every
 * readout of a joint-entropy widget against `src/lib` for the state the widget holds.
 */
import type { Browser, Page } from 'playwright-core';
import {
  conditionalEntropy,
  entropy,
  jointEntropy,
  marginals,
  mutualInformation,
} from '../../../src/lib/index.ts';
import {
  tableOf,
  type JointEntropyState,
} from '../../../src/components/widgets/joint-entropy/model.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { newSiteContext } from '../helpers/browser.ts';
import { lessonUrl } from '../helpers/site-urls.ts';
import { readReadouts, waitForHydration } from '../helpers/widgets.ts';

export async function openLesson(
  browser: Browser,
  origin: string,
  basePath: string,
  suffix = '',
  options: Parameters<typeof newSiteContext>[2] = {},
) {
  const context = await newSiteContext(browser, origin, options);
  const page = await context.newPage();
  await page.goto(lessonUrl(origin, basePath, 'mutual-information', suffix), {
    waitUntil: 'networkidle',
  });
  return { context, page };
}

/** Every readout of widget `id` equals `src/lib` for `state`, in `unit`. */
export async function expectReadoutsOf(
  page: Page,
  id: string,
  state: JointEntropyState,
  unit: 'bits' | 'nats' = 'bits',
): Promise<void> {
  await waitForHydration(page, id);
  const base = unit === 'bits' ? 2 : Math.E;
  const table = tableOf(state);
  const { x, y } = marginals(table);
  const expected: Record<string, number> = {
    'entropy-x': entropy(x, { base }),
    'entropy-y': entropy(y, { base }),
    'joint-entropy': jointEntropy(table, { base }),
    'conditional-x-given-y': conditionalEntropy(table, 'y', { base }),
    'conditional-y-given-x': conditionalEntropy(table, 'x', { base }),
    'mutual-information': mutualInformation(table, { base }),
  };
  const readouts = await readReadouts(page, id);
  for (const [name, value] of Object.entries(expected)) {
    const readout = readouts[name];
    if (!readout) throw new Error(`#${id} has no readout ${name}`);
    expectClose(readout.value, value, { rel: 1e-12, abs: 1e-15 });
    if (readout.unit !== unit) throw new Error(`#${id} ${name} is in ${readout.unit}, not ${unit}`);
  }
}
