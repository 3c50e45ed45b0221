import { describe, expect, it } from 'vitest';
import { renderChartSvg } from '../../../src/components/kit/plot-ssr.ts';
import type { WidgetChart, WidgetModel } from '../../../src/components/kit/types.ts';
import { binaryEntropyChart } from '../../../src/components/widgets/binary-entropy/chart.ts';
import { binaryEntropyModel } from '../../../src/components/widgets/binary-entropy/model.ts';
import { entropyExplorerChart } from '../../../src/components/widgets/entropy-explorer/chart.ts';
import { entropyExplorerModel } from '../../../src/components/widgets/entropy-explorer/model.ts';
import { gaussianEntropyChart } from '../../../src/components/widgets/gaussian-entropy/chart.ts';
import { gaussianEntropyModel } from '../../../src/components/widgets/gaussian-entropy/model.ts';

/** Round every number in the markup to 2 decimals, so snapshots ignore floating-point noise. */
const roundNumbers = (svg: string): string =>
  svg.replace(/-?\d+\.\d+/g, (text) => String(Math.round(Number(text) * 100) / 100));

function snapshot<S>(model: WidgetModel<S>, chart: WidgetChart<S>, unit: 'bits' | 'nats'): string {
  return roundNumbers(renderChartSvg(chart.options(model.defaults, unit), 'description'));
}

describe('chart snapshots (default state)', () => {
  for (const unit of ['bits', 'nats'] as const) {
    it(`entropy explorer in ${unit}`, async () => {
      await expect(snapshot(entropyExplorerModel, entropyExplorerChart, unit)).toMatchFileSnapshot(
        `__snapshots__/entropy-explorer-${unit}.svg`,
      );
    });
    it(`binary entropy in ${unit}`, async () => {
      await expect(snapshot(binaryEntropyModel, binaryEntropyChart, unit)).toMatchFileSnapshot(
        `__snapshots__/binary-entropy-${unit}.svg`,
      );
    });
  }
  it('gaussian entropy', async () => {
    await expect(snapshot(gaussianEntropyModel, gaussianEntropyChart, 'bits')).toMatchFileSnapshot(
      '__snapshots__/gaussian-entropy.svg',
    );
  });
});
