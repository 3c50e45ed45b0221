// File snapshots of every widget's chart, as the build renders its spec (`renderChartSvg`,
// the renderer behind `Chart.astro`): each widget at its default state and at one state that
// exercises more of the chart, numbers rounded to 2 decimals and one element a line
// (`svg-snapshot.ts`). The snapshots are the committed `__snapshots__/*.svg` files beside this
// test; open one in a browser to see the chart.
//
// A change to a chart's markup (marks, colours, in-place updates) changes its snapshot on
// purpose. Check the chart, then rewrite the snapshots and review the diff before committing:
//
//   npx vitest run tests/components/widgets/chart-snapshots.test.ts -u
//
// `-u` rewrites changed files and writes new ones; a snapshot whose case is renamed or removed
// here must be deleted by hand (the last test names it).
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartDescriptionId } from '../../../src/components/kit/chart-dom.ts';
import type { ChartSpec } from '../../../src/components/kit/chart-spec.ts';
import { initialState } from '../../../src/components/kit/initial-state.ts';
import {
  readoutValues,
  type WidgetChart,
  type WidgetModel,
} from '../../../src/components/kit/types.ts';
import type { Unit } from '../../../src/components/kit/unit.ts';
import { classifierLossChart } from '../../../src/components/widgets/classifier-loss/chart.ts';
import { classifierLossModel } from '../../../src/components/widgets/classifier-loss/model.ts';
import { binaryEntropyChart } from '../../../src/components/widgets/binary-entropy/chart.ts';
import { binaryEntropyModel } from '../../../src/components/widgets/binary-entropy/model.ts';
import { coinTossChart } from '../../../src/components/widgets/coin-toss/chart.ts';
import { coinTossModel } from '../../../src/components/widgets/coin-toss/model.ts';
import { codingGameChart } from '../../../src/components/widgets/coding-game/chart.ts';
import { codingGameModel } from '../../../src/components/widgets/coding-game/model.ts';
import { crossEntropyExplorerChart } from '../../../src/components/widgets/cross-entropy-explorer/chart.ts';
import { crossEntropyExplorerModel } from '../../../src/components/widgets/cross-entropy-explorer/model.ts';
import { entropyExplorerChart } from '../../../src/components/widgets/entropy-explorer/chart.ts';
import { entropyExplorerModel } from '../../../src/components/widgets/entropy-explorer/model.ts';
import { gaussianEntropyChart } from '../../../src/components/widgets/gaussian-entropy/chart.ts';
import { gaussianEntropyModel } from '../../../src/components/widgets/gaussian-entropy/model.ts';
import { gaussianKlChart } from '../../../src/components/widgets/gaussian-kl/chart.ts';
import { gaussianKlModel } from '../../../src/components/widgets/gaussian-kl/model.ts';
import { jointEntropyChart } from '../../../src/components/widgets/joint-entropy/chart.ts';
import { jointEntropyModel } from '../../../src/components/widgets/joint-entropy/model.ts';
import { tableSpec } from '../../../src/components/widgets/joint-entropy/table-spec.ts';
import { klExplorerChart } from '../../../src/components/widgets/kl-explorer/chart.ts';
import { klExplorerModel } from '../../../src/components/widgets/kl-explorer/model.ts';
import { vaeKlChart } from '../../../src/components/widgets/vae-kl/chart.ts';
import { vaeKlModel } from '../../../src/components/widgets/vae-kl/model.ts';
import { workedExampleChart } from '../../../src/components/widgets/worked-example/chart.ts';
import { workedExampleModel } from '../../../src/components/widgets/worked-example/model.ts';
import {
  klFitChart,
  klFitSpec,
  pathPositions,
} from '../../../src/components/widgets/kl-fit/chart.ts';
import { fitBoth } from '../../../src/components/widgets/kl-fit/fit.ts';
import { klFitModel } from '../../../src/components/widgets/kl-fit/model.ts';
import { surpriseChart } from '../../../src/components/widgets/surprise/chart.ts';
import { surpriseModel } from '../../../src/components/widgets/surprise/model.ts';
import { chartSvgSnapshot } from './svg-snapshot.ts';

interface SnapshotCase {
  kind: string;
  /** What the case shows, for the test title. */
  title: string;
  /** Snapshot file name in `__snapshots__/`. */
  file: string;
  spec: () => ChartSpec;
}

/** The chart's spec for `state` in `unit`, with the readouts it is handed in the page. */
function specOf<S>(model: WidgetModel<S>, chart: WidgetChart<S>, state: S, unit: Unit): ChartSpec {
  return chart.spec(state, unit, readoutValues(model.readouts(state, unit)));
}

/** Every widget folder (each is a widget kind). */
const widgetKinds = readdirSync(new URL('../../../src/components/widgets/', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/**
 * A widget's two cases: its default state in bits (`KIND.svg`), and `state` (checked by the
 * model's codecs, as a component prop is) in `unit` (`KIND-NAME.svg`).
 */
function widgetCases<S>(
  model: WidgetModel<S>,
  chart: WidgetChart<S>,
  other: { name: string; title: string; state: Partial<S>; unit: Unit },
): SnapshotCase[] {
  const state = initialState(model, other.state);
  return [
    {
      kind: model.kind,
      title: 'default state, bits',
      file: `${model.kind}.svg`,
      spec: () => specOf(model, chart, model.defaults, 'bits'),
    },
    {
      kind: model.kind,
      title: `${other.title}, ${other.unit}`,
      file: `${model.kind}-${other.name}.svg`,
      spec: () => specOf(model, chart, state, other.unit),
    },
  ];
}

const cases: SnapshotCase[] = [
  ...widgetCases(surpriseModel, surpriseChart, {
    name: 'rare',
    title: 'p = 0.01, the rarest outcome shown',
    state: { p: 0.01 },
    unit: 'nats',
  }),
  ...widgetCases(entropyExplorerModel, entropyExplorerChart, {
    name: 'six-outcomes-with-zeros',
    title: 'six outcomes, two impossible (∞ surprise), two-digit labels',
    state: { p: [0.5, 0.25, 0.15, 0.1, 0, 0] },
    unit: 'nats',
  }),
  ...widgetCases(classifierLossModel, classifierLossChart, {
    name: 'smoothed-hot',
    title: 'five classes, label smoothing 0.1 at temperature 0.5',
    state: { logits: [2, -1, 0.5, 4, 0], target: 3, smoothing: 0.1, temperature: 0.5, rate: 1 },
    unit: 'nats',
  }),
  ...widgetCases(binaryEntropyModel, binaryEntropyChart, {
    name: 'certain-heads',
    title: 'p = 1, the point at h = 0',
    state: { p: 1 },
    unit: 'nats',
  }),
  ...widgetCases(gaussianEntropyModel, gaussianEntropyChart, {
    name: 'narrow',
    title: 'σ = 0.2, a tall narrow peak (negative entropy)',
    state: { sigma: 0.2 },
    unit: 'bits',
  }),
  ...widgetCases(crossEntropyExplorerModel, crossEntropyExplorerChart, {
    name: 'infinite-term',
    title: 'q(3) = 0 < p(3): an infinite KL piece drawn to the top',
    state: { p: [0.5, 0.3, 0.2], q: [0.6, 0.4, 0] },
    unit: 'nats',
  }),
  ...widgetCases(codingGameModel, codingGameChart, {
    name: 'mismatched-code',
    title: 'four outcomes, a code built for the reverse of p, n = 100 000',
    state: { p: [0.5, 0.25, 0.125, 0.125], q: [0.125, 0.125, 0.25, 0.5], n: 100_000, seed: 7 },
    unit: 'nats',
  }),
  ...widgetCases(workedExampleModel, workedExampleChart, {
    name: 'larger-asymmetry',
    title: 'R = (0.3, 0.4, 0.3), S = (0.1, 0.8, 0.1): the larger-asymmetry pair',
    state: { r: [0.3, 0.4, 0.3], s: [0.1, 0.8, 0.1] },
    unit: 'nats',
  }),
  ...widgetCases(vaeKlModel, vaeKlChart, {
    name: 'wide-code',
    title: 'an encoder wider than the prior, off centre, in nats',
    state: { mu: -2, sigma: 2 },
    unit: 'nats',
  }),
  ...widgetCases(coinTossModel, coinTossChart, {
    name: 'coin-2-tossing',
    title: 'coin 2 tosses 10⁶ times, one run: the evidence for coin 1 tends to −D(q‖p)',
    state: { p: 0.3, q: 0.6, n: 1_000_000, seed: 5, source: 'q', runs: 1 },
    unit: 'nats',
  }),
  ...widgetCases(klExplorerModel, klExplorerChart, {
    name: 'five-outcomes-infinite',
    title: 'five outcomes (no tick or term labels), q(5) = 0 < p(5)',
    state: { p: [0.3, 0.3, 0.2, 0.1, 0.1], q: [0.2, 0.2, 0.2, 0.4, 0] },
    unit: 'nats',
  }),
  ...widgetCases(gaussianKlModel, gaussianKlChart, {
    name: 'apart',
    title: 'p narrow on the left, q wide on the right',
    state: { mu1: -3, sigma1: 0.5, mu2: 4, sigma2: 3 },
    unit: 'bits',
  }),
  ...widgetCases(klFitModel, klFitChart, {
    name: 'unequal-modes',
    title: 'weight 0.3 on the left mode, wider modes',
    state: { weight: 0.3, mu1: -2, mu2: 4, sigma: 1 },
    unit: 'bits',
  }),
  ...widgetCases(jointEntropyModel, jointEntropyChart, {
    name: 'dependent-4x4',
    title: 'a 4 × 4 table, perfectly dependent: H(X) and H(Y) overlap completely',
    state: {
      joint: [0.4, 0, 0, 0, 0, 0.3, 0, 0, 0, 0, 0.2, 0, 0, 0, 0, 0.1],
      rows: 4,
    },
    unit: 'nats',
  }),
  {
    kind: jointEntropyModel.kind,
    title: 'the table picture (a control), default state',
    file: 'joint-entropy-table.svg',
    spec: () => tableSpec(jointEntropyModel.defaults),
  },
  {
    kind: jointEntropyModel.kind,
    title: 'the table picture of a 4 × 2 table',
    file: 'joint-entropy-table-4x2.svg',
    spec: () => tableSpec({ joint: [0.1, 0.15, 0.2, 0.05, 0, 0.25, 0.125, 0.125], rows: 4 }),
  },
  {
    kind: klFitModel.kind,
    title: 'default state, halfway through the Play animation',
    file: 'kl-fit-playing-halfway.svg',
    spec: () => klFitSpec(klFitModel.defaults, pathPositions(fitBoth(klFitModel.defaults), 0.5)),
  },
];

describe('chart snapshots', () => {
  it.each(cases)('$kind: $title', async ({ kind, file, spec }) => {
    await expect(chartSvgSnapshot(spec(), chartDescriptionId(kind))).toMatchFileSnapshot(
      `__snapshots__/${file}`,
    );
  });

  it('cover every widget', () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(widgetKinds));
  });

  it('leave no snapshot file that no case writes (delete it by hand after renaming a case)', () => {
    const written = new Set(cases.map((c) => c.file));
    const folder = new URL('__snapshots__/', import.meta.url);
    const files = existsSync(folder) ? readdirSync(folder) : [];
    expect(files.filter((name) => name.endsWith('.svg') && !written.has(name))).toEqual([]);
  });
});
