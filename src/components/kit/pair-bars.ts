/**
 * Live behaviour of `PairBars.astro`: the bars of p and q follow the widget's state, and the
 * reader sets p(x) or q(x) by dragging that bar's top. A drag goes to the series' own
 * `DistributionEditor` (`setProbability`, what its slider does: the others rescale), so the
 * editors, the pair checks and the commit stay the single path for every edit.
 */
import { enableBarDrag } from './bar-drag.ts';
import type { DistributionEditor } from './distribution-editor.ts';
import { LiveChart } from './live-chart.ts';
import {
  describePairBars,
  PAIR_BAR_MARKS,
  pairBarsDescriptionId,
  pairBarsSpec,
  type PairSymbol,
  type ProbabilityPair,
} from './pair-bars-spec.ts';

export interface PairBars {
  /** Show `pair` (in place while the number of outcomes stays). */
  show(pair: ProbabilityPair): void;
}

/**
 * Make the pair picture inside `root` live for widget instance `instanceId`: bars of p drag
 * into `editors.p`, bars of q into `editors.q`. Undefined if the widget has no picture.
 */
export function bindPairBars(
  root: ParentNode,
  instanceId: string,
  editors: Partial<Record<PairSymbol, DistributionEditor>>,
): PairBars | undefined {
  const holder = root.querySelector<HTMLElement>('[data-pair-bars]');
  if (!holder) return undefined;
  const chart = new LiveChart(holder, pairBarsDescriptionId(instanceId));
  for (const symbol of ['p', 'q'] as const) {
    const editor = editors[symbol];
    if (!editor) continue;
    enableBarDrag(holder, chart, PAIR_BAR_MARKS[symbol], (index, value) =>
      editor.setProbability(index, value),
    );
  }
  const [truth = 'p', model = 'q'] = (holder.dataset['pairSymbols'] ?? 'p q').split(' ');
  const symbols = [truth, model] as const;
  return {
    show: (pair) => chart.show(pairBarsSpec(pair, symbols), describePairBars(pair, symbols)),
  };
}
