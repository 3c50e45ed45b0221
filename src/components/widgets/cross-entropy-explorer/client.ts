/**
 * `<cross-entropy-explorer-widget>`: the live cross-entropy explorer (loaded on first
 * interaction). Two distribution editors, p and q, committed together.
 */
import type { DistributionPair } from '../../kit/pair.ts';
import { PairWidgetElement } from '../../kit/pair-widget-element.ts';
import { crossEntropyExplorerChart } from './chart.ts';
import { crossEntropyExplorerModel } from './model.ts';

export class CrossEntropyExplorerElement extends PairWidgetElement<DistributionPair> {
  protected readonly model = crossEntropyExplorerModel;
  protected readonly chart = crossEntropyExplorerChart;
}

if (!customElements.get('cross-entropy-explorer-widget')) {
  customElements.define('cross-entropy-explorer-widget', CrossEntropyExplorerElement);
}
