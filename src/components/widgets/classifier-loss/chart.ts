/**
 * Classifier loss chart: for each class c (facets 0…C−1), a solid bar of the (smoothed) target
 * t′ (tone p, the truth) beside an outlined bar of the model's softmax q (tone q).
 */
import type { ChartSpec } from '../../kit/chart-spec.ts';
import { formatNumber, formatQuantity } from '../../kit/format.ts';
import type { WidgetChart } from '../../kit/types.ts';
import { modelProbabilities, targetDistribution, type ClassifierLossState } from './model.ts';

export const TARGET_BARS = 'target';
export const MODEL_BARS = 'model';

export function classifierLossSpec(state: ClassifierLossState): ChartSpec {
  const p = targetDistribution(state);
  const q = modelProbabilities(state);
  const classes = state.logits.map((_, index) => index);
  const bars = (series: 't' | 'q', values: Float64Array) =>
    Array.from(values, (value, index) => ({ fx: index, x: series, y1: 0, y2: value }));
  return {
    margins: { top: 46 },
    fx: { label: 'Class', domain: classes, padding: 0.2 },
    x: { label: null, domain: ['t', 'q'], padding: 0.1 },
    y: { label: 'probability', domain: [0, 1], ticks: [0, 0.5, 1], grid: true },
    marks: [
      { type: 'barY', name: TARGET_BARS, rows: bars('t', p), style: { tone: 'p' } },
      {
        type: 'barY',
        name: MODEL_BARS,
        rows: bars('q', q),
        style: { tone: 'q', outline: true, fillOpacity: 0.35 },
      },
      { type: 'ruleY', name: 'base', rows: [{ y: 0 }] },
    ],
  };
}

export const classifierLossChart: WidgetChart<ClassifierLossState> = {
  spec: (state) => classifierLossSpec(state),
  describe(state, unit, readouts) {
    const p = targetDistribution(state);
    const q = modelProbabilities(state);
    const items = Array.from(
      q,
      (value, index) =>
        `class ${index}: target ${formatNumber(p[index]!)}, model ${formatNumber(value)}`,
    );
    const loss = readouts['loss'];
    return (
      `Paired bars of the target (solid) and the model's softmax (outlined) over ` +
      `${q.length} classes, observed class ${state.target}: ${items.join('; ')}.` +
      (loss === undefined ? '' : ` Loss ${formatQuantity(loss, unit)}.`)
    );
  },
};
