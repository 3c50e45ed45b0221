// Every chart, moved in place from one state to another, shows what Plot draws for the second
// state (see in-place-charts.ts): the bars' heights, the curves' paths, the points and labels.
import { describe, it } from 'vitest';
import type { WidgetChart, WidgetModel } from '../../../src/components/kit/types.ts';
import { readoutValues } from '../../../src/components/kit/types.ts';
import type { Unit } from '../../../src/components/kit/unit.ts';
import { binaryEntropyChart } from '../../../src/components/widgets/binary-entropy/chart.ts';
import { binaryEntropyModel } from '../../../src/components/widgets/binary-entropy/model.ts';
import { entropyExplorerChart } from '../../../src/components/widgets/entropy-explorer/chart.ts';
import { entropyExplorerModel } from '../../../src/components/widgets/entropy-explorer/model.ts';
import { gaussianEntropyChart } from '../../../src/components/widgets/gaussian-entropy/chart.ts';
import { gaussianEntropyModel } from '../../../src/components/widgets/gaussian-entropy/model.ts';
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
