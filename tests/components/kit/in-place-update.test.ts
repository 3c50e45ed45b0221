// Every chart, moved in place from one state to another, shows what Plot draws for the second
// state (see in-place-charts.ts): the bars' heights, the curves' paths, the points and labels.
import { describe, it } from 'vitest';
import { pairBarsSpec } from '../../../src/components/kit/pair-bars-spec.ts';
import type { WidgetChart, WidgetModel } from '../../../src/components/kit/types.ts';
import { readoutValues } from '../../../src/components/kit/types.ts';
import type { Unit } from '../../../src/components/kit/unit.ts';
import { binaryEntropyChart } from '../../../src/components/widgets/binary-entropy/chart.ts';
import { binaryEntropyModel } from '../../../src/components/widgets/binary-entropy/model.ts';
import { codingGameChart } from '../../../src/components/widgets/coding-game/chart.ts';
import { codingGameModel } from '../../../src/components/widgets/coding-game/model.ts';
import { crossEntropyExplorerChart } from '../../../src/components/widgets/cross-entropy-explorer/chart.ts';
import { crossEntropyExplorerModel } from '../../../src/components/widgets/cross-entropy-explorer/model.ts';
import { entropyExplorerChart } from '../../../src/components/widgets/entropy-explorer/chart.ts';
import { entropyExplorerModel } from '../../../src/components/widgets/entropy-explorer/model.ts';
import { gaussianEntropyChart } from '../../../src/components/widgets/gaussian-entropy/chart.ts';
import { gaussianEntropyModel } from '../../../src/components/widgets/gaussian-entropy/model.ts';
import { jointEntropyChart } from '../../../src/components/widgets/joint-entropy/chart.ts';
import { jointEntropyModel } from '../../../src/components/widgets/joint-entropy/model.ts';
import { tableSpec } from '../../../src/components/widgets/joint-entropy/table-spec.ts';
import { klExplorerChart } from '../../../src/components/widgets/kl-explorer/chart.ts';
import { klExplorerModel } from '../../../src/components/widgets/kl-explorer/model.ts';
import { surpriseChart } from '../../../src/components/widgets/surprise/chart.ts';
import { surpriseModel } from '../../../src/components/widgets/surprise/model.ts';
import { expectInPlaceMatchesPlot } from './in-place-charts.ts';

interface Case<S> {
  model: WidgetModel<S>;
  chart: WidgetChart<S>;
  /** Pairs of states with the same structure: [from, to]. */
  moves: [S, S][];
}

function check<S>({ model, chart, moves }: Case<S>): void {
  describe(model.kind, () => {
    for (const unit of ['bits', 'nats'] as Unit[]) {
      it.each(moves.map((move, index) => [index, move] as const))(
        `move %i in ${unit}: in place equals Plot`,
        (_, [from, to]) => {
          const spec = (state: S) =>
            chart.spec(state, unit, readoutValues(model.readouts(state, unit)));
          expectInPlaceMatchesPlot(spec(from), spec(to));
        },
      );
    }
  });
}

check({
  model: entropyExplorerModel,
  chart: entropyExplorerChart,
  moves: [
    [{ p: [0.5, 0.25, 0.25] }, { p: [0.1, 0.3, 0.6] }],
    [{ p: [0.5, 0.5] }, { p: [1, 0] }],
    [{ p: [0.1, 0.2, 0.3, 0.4] }, { p: [0.4, 0.3, 0.2, 0.1] }],
  ],
});
check({
  model: binaryEntropyModel,
  chart: binaryEntropyChart,
  moves: [
    [{ p: 0.3 }, { p: 0.5 }],
    [{ p: 0 }, { p: 0.97 }],
  ],
});
check({
  model: gaussianEntropyModel,
  chart: gaussianEntropyChart,
  moves: [
    [{ sigma: 1 }, { sigma: 0.9 }],
    [{ sigma: 2 }, { sigma: 1.8 }],
  ],
});
check({
  model: surpriseModel,
  chart: surpriseChart,
  moves: [
    [{ p: 0.25 }, { p: 0.01 }],
    [{ p: 1 }, { p: 0.5 }],
  ],
});
check({
  model: crossEntropyExplorerModel,
  chart: crossEntropyExplorerChart,
  moves: [
    [
      { p: [1 / 3, 1 / 3, 1 / 3], q: [0.25, 0.5, 0.25] },
      { p: [0.3, 0.4, 0.3], q: [0.3, 0.45, 0.25] },
    ],
    [
      { p: [0.5, 0.3, 0.2], q: [0.6, 0.35, 0.05] },
      { p: [0.5, 0.3, 0.2], q: [0.6, 0.4, 0] },
    ],
  ],
});
check({
  model: klExplorerModel,
  chart: klExplorerChart,
  moves: [
    [
      { p: [0.5, 0.5], q: [0.75, 0.25] },
      { p: [0.51, 0.49], q: [0.74, 0.26] },
    ],
    [
      { p: [0.3, 0.3, 0.2, 0.1, 0.1], q: [0.2, 0.2, 0.2, 0.3, 0.1] },
      { p: [0.3, 0.3, 0.2, 0.1, 0.1], q: [0.2, 0.2, 0.2, 0.29, 0.11] },
    ],
    [
      { p: [0.4, 0.3, 0.3], q: [0.5, 0.3, 0.2] },
      { p: [0.39, 0.31, 0.3], q: [0.5, 0.3, 0.2] },
    ],
  ],
});
check({
  model: codingGameModel,
  chart: codingGameChart,
  moves: [
    [
      { p: [1 / 3, 1 / 3, 1 / 3], q: [0.25, 0.5, 0.25], n: 1000, seed: 1 },
      { p: [0.34, 0.33, 0.33], q: [0.26, 0.49, 0.25], n: 1000, seed: 1 },
    ],
  ],
});
check({
  model: jointEntropyModel,
  chart: jointEntropyChart,
  moves: [
    [
      { joint: [0.3, 0.1, 0.05, 0.15, 0.1, 0.3], rows: 2 },
      { joint: [0.1, 0.1, 0.1, 0.2, 0.2, 0.3], rows: 2 },
    ],
    [
      { joint: [0.25, 0.25, 0.25, 0.25], rows: 2 },
      { joint: [0.5, 0, 0, 0.5], rows: 2 },
    ],
    [
      { joint: [0.1, 0.05, 0.05, 0.2, 0.1, 0.1, 0.1, 0.1, 0.2], rows: 3 },
      { joint: [1, 0, 0, 0, 0, 0, 0, 0, 0], rows: 3 },
    ],
  ],
});
describe('joint table picture', () => {
  it.each([
    [
      { joint: [0.3, 0.1, 0.05, 0.15, 0.1, 0.3], rows: 2 },
      { joint: [0.5, 0, 0, 0, 0, 0.5], rows: 2 },
    ],
    [
      { joint: Array.from({ length: 16 }, () => 1 / 16), rows: 4 },
      { joint: [0.4, 0, 0, 0, 0, 0.3, 0, 0, 0, 0, 0.2, 0, 0, 0, 0, 0.1], rows: 4 },
    ],
  ])('move %#: in place equals Plot', (from, to) => {
    expectInPlaceMatchesPlot(tableSpec(from), tableSpec(to));
  });
});
describe('pair bars', () => {
  it.each([
    [
      { p: [0.5, 0.3, 0.2], q: [0.25, 0.5, 0.25] },
      { p: [0.1, 0.1, 0.8], q: [1, 0, 0] },
    ],
    [
      { p: Array.from({ length: 10 }, () => 0.1), q: Array.from({ length: 10 }, () => 0.1) },
      {
        p: [0.2, 0.05, 0.05, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
        q: [0, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.2],
      },
    ],
  ])('move %#: in place equals Plot', (from, to) => {
    expectInPlaceMatchesPlot(pairBarsSpec(from), pairBarsSpec(to));
  });
});
