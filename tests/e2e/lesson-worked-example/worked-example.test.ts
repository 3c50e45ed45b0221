// The worked example restores R and S from a link and follows the keyboard: its readouts and the
// page's live formula numbers are the library's values for the state, with no KaTeX script.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { crossEntropy, entropy, klDivergence, klTerms } from '../../../src/lib/index.ts';
import { liveText } from '../../../src/components/kit/live-formula.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { newSiteContext } from '../helpers/browser.ts';
import { lessonUrl } from '../helpers/site-urls.ts';
import { useChromium } from '../helpers/use-chromium.ts';
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
const id = 'worked-example';

async function open(query = '') {
  const context = await newSiteContext(browser(), origin);
  const page = await context.newPage();
  await page.goto(lessonUrl(origin, basePath, 'worked-example', query), {
    waitUntil: 'networkidle',
  });
  return { context, page };
}

/** The texts of every live span with `key` in the page's formulas (drawn and in MathML). */
const formulaSpans = (page: Page, key: string): Promise<string[]> =>
  page
    .locator(`.live-formula [data-live="${key}"]`)
    .evaluateAll((spans) => spans.map((span) => span.textContent ?? ''));

describe('worked example', () => {
  it('by URL: readouts and formula numbers are the library values for the linked R and S', async () => {
    const r = [0.3, 0.4, 0.3];
    const s = [0.1, 0.8, 0.1];
    const { context, page } = await open(
      `?${id}.r=${r.join(',')}&${id}.s=${s.join(',')}#the-check-cross-entropy-is-entropy-plus-kl`,
    );
    await waitForHydration(page, id);
    const readouts = await readReadouts(page, id);
    expectClose(readouts['entropy-r']!.value, entropy(r), { rel: 1e-12 });
    expectClose(readouts['entropy-s']!.value, entropy(s), { rel: 1e-12 });
    expectClose(readouts['cross-entropy-rs']!.value, crossEntropy(r, s), { rel: 1e-12 });
    expectClose(readouts['cross-entropy-sr']!.value, crossEntropy(s, r), { rel: 1e-12 });
    expectClose(readouts['kl-rs']!.value, klDivergence(r, s), { rel: 1e-12 });
    expectClose(readouts['kl-sr']!.value, klDivergence(s, r), { rel: 1e-12 });
    const krs = liveText(klDivergence(r, s));
    // The D(R‖S) line and the check line, each drawn and in MathML.
    expect(await formulaSpans(page, 'krs')).toEqual([krs, krs, krs, krs]);
    const term2 = liveText(klTerms(r, s)[1]!, true);
    expect(await formulaSpans(page, 'krs2')).toEqual([term2, term2]);
    const scripts = await page.locator('script[src*="katex"]').count();
    expect(scripts).toBe(0);
    const href = await widget(page, id)
      .locator('a[data-explorer-link="kl-explorer"]')
      .getAttribute('href');
    expect(href).toContain(`kl-explorer.p=${r.join('%2C')}`);
    await context.close();
  });

  it('keyboard: arrow keys on S(1) update the readouts and formulas to the library', async () => {
    const { context, page } = await open();
    const before = (await readReadout(page, id, 'kl-rs')).value;
    await widget(page, id)
      .locator('[data-distribution-editor="q"] input[type="range"]')
      .first()
      .focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await readReadout(page, id, 'kl-rs')).value).not.toBe(before);
    const { r, s } = await readWidgetState<{ r: number[]; s: number[] }>(page, id);
    expectClose((await readReadout(page, id, 'kl-rs')).value, klDivergence(r, s), { rel: 1e-12 });
    const hrs = liveText(crossEntropy(r, s));
    expect(await formulaSpans(page, 'hrs')).toEqual([hrs, hrs, hrs, hrs]);
    await context.close();
  });
});
