import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { klDivergence, klTerms } from '../../../../src/lib/index.ts';
import LiveFormula from '../../../../src/components/kit/LiveFormula.astro';
import { rescaleOthers } from '../../../../src/components/kit/distribution-edits.ts';
import { setUnit } from '../../../../src/components/kit/unit.ts';
import { liveText } from '../../../../src/components/kit/live-formula.ts';
import WorkedExample from '../../../../src/components/widgets/worked-example/WorkedExample.astro';
import { workedFormula } from '../../../../src/components/widgets/worked-example/formulas.ts';
import { workedValues } from '../../../../src/components/widgets/worked-example/terms.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { readoutValue, renderWidgetHtml } from '../mount-widget.ts';
import { dragPairBar } from '../pair-drag.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/worked-example/client.ts');
});
afterAll(() => removeDom());

const r = [0.3, 0.4, 0.3];
const s = [0.1, 0.8, 0.1];

/** The widget and its KL formula line, at the given page URL. */
async function mountPage(url: string): Promise<HTMLElement> {
  window.history.replaceState(null, '', url);
  const defaults = workedValues({ r: [1 / 3, 1 / 3, 1 / 3], s: [0.25, 0.5, 0.25] }, 'bits');
  const formula = await renderWidgetHtml(LiveFormula, {
    for: 'worked-example',
    line: workedFormula('krs'),
    values: defaults,
  });
  const widget = await renderWidgetHtml(WorkedExample);
  document.body.innerHTML = `<h2 id="a">A</h2>${widget}${formula}`;
  return document.querySelector<HTMLElement>('.live-formula')!;
}

const spans = (root: ParentNode, key: string): string[] =>
  [...root.querySelectorAll<HTMLElement>(`[data-live="${key}"]`)].map((x) => x.textContent ?? '');

describe('live formulas following <worked-example-widget>', () => {
  it('rewrite the formula numbers (drawn and in MathML) from the library for a linked R, S', async () => {
    const formula = await mountPage(
      `/lessons/worked-example/?worked-example.r=${r.join(',')}&worked-example.s=${s.join(',')}`,
    );
    const terms = klTerms(r, s);
    const total = klDivergence(r, s);
    // One span in the KaTeX HTML and one <mn> in its MathML.
    expect(spans(formula, 'krs1')).toEqual([liveText(terms[0]!), liveText(terms[0]!)]);
    expect(spans(formula, 'krs2')).toEqual([liveText(terms[1]!, true), liveText(terms[1]!, true)]);
    expect(spans(formula, 'krs')).toEqual([liveText(total), liveText(total)]);
    expect(spans(formula, 'krs2')[0]).toMatch(/^\(−/);
    expect(formula.querySelector("math [data-live='krs1']")?.localName).toBe('mn');
    expectClose(readoutValue(document, 'kl-rs'), total, { rel: 1e-12 });
  });

  it('follow a drag of an R bar, and the explorer links carry the new values', async () => {
    const formula = await mountPage('/lessons/worked-example/');
    dragPairBar(document.querySelector<HTMLElement>('figure[data-widget]')!, 'p', 0, [0.5]);
    const newR = rescaleOthers([1 / 3, 1 / 3, 1 / 3], 0, 0.5);
    const newS = [0.25, 0.5, 0.25];
    const total = klDivergence(newR, newS);
    expectClose(readoutValue(document, 'kl-rs'), total, { rel: 1e-12 });
    expect(spans(formula, 'krs')).toEqual([liveText(total), liveText(total)]);
    const term2 = klTerms(newR, newS)[1]!;
    expect(spans(formula, 'krs2')).toEqual([liveText(term2, true), liveText(term2, true)]);
    const link = document.querySelector<HTMLAnchorElement>('a[data-explorer-link="kl-explorer"]')!;
    const search = new URL(link.href, 'http://x').searchParams;
    expect(search.get('kl-explorer.p')?.split(',').map(Number)[0]).toBe(0.5);
  });

  it('switch to nats with the site unit', async () => {
    const formula = await mountPage(
      `/lessons/worked-example/?worked-example.r=${r.join(',')}&worked-example.s=${s.join(',')}`,
    );
    setUnit('nats');
    const total = klDivergence(r, s, { base: Math.E });
    expect(spans(formula, 'krs')).toEqual([liveText(total), liveText(total)]);
    expect(spans(formula, 'unit')).toEqual(['nats', 'nats']);
    setUnit('bits');
  });
});
