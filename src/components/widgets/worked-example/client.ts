/**
 * `<worked-example-widget>`: the live worked example (loaded on first interaction, or at once
 * for a shared link or nats). R and S are the pair (R in the p role, S in the q role); each
 * render also rewrites the table and the page's live formulas (`LiveFormula.astro`) for this
 * instance, and the links that open R and S in the explorers.
 */
import { applyLiveValues } from '../../kit/live-formula-dom.ts';
import { PairWidgetElement } from '../../kit/pair-widget-element.ts';
import { workedExampleChart } from './chart.ts';
import { explorerQuery } from './explorer-links.ts';
import { workedExampleModel, type WorkedPair } from './model.ts';
import { workedValues } from './terms.ts';

export class WorkedExampleElement extends PairWidgetElement<WorkedPair> {
  protected readonly model = workedExampleModel;
  protected readonly chart = workedExampleChart;
  protected override readonly pairFields = ['r', 's'] as const;

  protected override render(): void {
    super.render();
    applyLiveValues(this.ownerDocument, this.instanceId, workedValues(this.state, this.unit));
    for (const link of this.querySelectorAll<HTMLAnchorElement>('a[data-explorer-link]')) {
      const url = new URL(link.href);
      url.search = explorerQuery(link.dataset['explorerLink'] ?? '', this.state);
      link.setAttribute('href', `${url.pathname}${url.search}`);
    }
  }
}

if (!customElements.get('worked-example-widget')) {
  customElements.define('worked-example-widget', WorkedExampleElement);
}
