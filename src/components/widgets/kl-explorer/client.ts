/**
 * `<kl-explorer-widget>`: the live KL explorer (loaded on first interaction). Two distribution
 * editors committed together, and a Swap button that exchanges p and q.
 */
import type { DistributionPair } from '../../kit/pair.ts';
import { PairWidgetElement } from '../../kit/pair-widget-element.ts';
import { klExplorerChart } from './chart.ts';
import { klExplorerModel, swapped } from './model.ts';

export class KlExplorerElement extends PairWidgetElement<DistributionPair> {
  protected readonly model = klExplorerModel;
  protected readonly chart = klExplorerChart;

  protected override bindControls(): void {
    super.bindControls();
    this.querySelector('[data-swap]')?.addEventListener('click', () =>
      this.show(swapped(this.state)),
    );
  }
}

if (!customElements.get('kl-explorer-widget')) {
  customElements.define('kl-explorer-widget', KlExplorerElement);
}
