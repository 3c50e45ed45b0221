/**
 * Joint entropy chart: the identities of two variables as bars on one axis of information
 * (Colah's picture). H(X) starts at 0 and H(Y) ends at H(X,Y); they overlap by I(X;Y), their
 * union is H(X,Y), and what each has alone is H(X|Y) and H(Y|X). Each row is a thick line
 * from its start to its end; two dashed guides mark where the overlap begins and ends. Every
 * length is a readout the model computed with `src/lib`.
 */
import { entropy } from '../../../lib/index.ts';
import type { LineMark, RuleXMark, Tone } from '../../kit/chart-spec.ts';
import { formatQuantity } from '../../kit/format.ts';
import type { ReadoutValues, WidgetChart } from '../../kit/types.ts';
import { unitBase, type Unit } from '../../kit/unit.ts';
import type { JointEntropyState } from './model.ts';

/** The bars' names, labels (the y axis names each row) and tones, top to bottom. */
const ROWS = [
  { name: 'entropy-x', label: 'H(X)', tone: 'ink' },
  { name: 'entropy-y', label: 'H(Y)', tone: 'muted' },
  { name: 'joint-entropy', label: 'H(X,Y)', tone: 'ink' },
  { name: 'conditional-x-given-y', label: 'H(X|Y)', tone: 'ink' },
  { name: 'mutual-information', label: 'I(X;Y)', tone: 'p' },
  { name: 'conditional-y-given-x', label: 'H(Y|X)', tone: 'muted' },
] as const satisfies readonly { name: string; label: string; tone: Tone }[];

/** Where each row's bar starts and ends on the information axis. */
export function barExtents(values: ReadoutValues): Record<string, [number, number]> {
  const hx = values['entropy-x'] ?? 0;
  const hxy = values['joint-entropy'] ?? 0;
  const hxGivenY = values['conditional-x-given-y'] ?? 0;
  return {
    'entropy-x': [0, hx],
    'entropy-y': [hxGivenY, hxy],
    'joint-entropy': [0, hxy],
    'conditional-x-given-y': [0, hxGivenY],
    'mutual-information': [hxGivenY, hx],
    'conditional-y-given-x': [hx, hxy],
  };
}

/** The axis top: the largest joint entropy of a table of this shape, log(rows · columns). */
function axisTop({ joint }: JointEntropyState, unit: Unit): number {
  return entropy(
    joint.map(() => 1 / joint.length),
    { base: unitBase(unit) },
  );
}

const BAR_WIDTH = 14;
/** Shorter than the shared layout, so that the view and its six readouts fit a phone. */
const CHART_HEIGHT = 200;

export const jointEntropyChart: WidgetChart<JointEntropyState> = {
  spec(state, unit, values) {
    const extents = barExtents(values);
    const level = (index: number) => ROWS.length - index;
    const bars: LineMark[] = ROWS.map((row, index) => {
      const [start, end] = extents[row.name]!;
      return {
        type: 'line',
        name: row.name,
        rows: [
          { x: start, y: level(index) },
          { x: end, y: level(index) },
        ],
        style: { tone: row.tone, strokeWidth: BAR_WIDTH },
      };
    });
    const [overlapStart, overlapEnd] = extents['mutual-information']!;
    const guide = (name: string, x: number): RuleXMark => ({
      type: 'ruleX',
      name,
      rows: [{ x, y1: 0.4, y2: ROWS.length + 0.6 }],
      style: { tone: 'muted', strokeDasharray: '4 3', strokeWidth: 1 },
    });
    return {
      height: CHART_HEIGHT,
      margins: { left: 64, top: 12 },
      x: {
        label: `Information (${unit})`,
        domain: [0, axisTop(state, unit)],
        grid: true,
      },
      y: {
        label: null,
        domain: [0.4, ROWS.length + 0.6],
        ticks: ROWS.map((_, index) => level(index)),
        tickLabels: ROWS.map((row) => row.label),
      },
      marks: [guide('overlap-start', overlapStart), guide('overlap-end', overlapEnd), ...bars],
    };
  },
  describe(_state, unit, values) {
    const parts = ROWS.map(
      (row) => `${row.label} ${formatQuantity(values[row.name] ?? Number.NaN, unit)}`,
    );
    return (
      'Bars on one axis of information: H(X) from 0 and H(Y) ending at H(X,Y) overlap by I(X;Y); ' +
      `what each has alone is H(X|Y) and H(Y|X). ${parts.join('; ')}.`
    );
  },
};
