/**
 * `<entropy-explorer-widget>`: the live entropy explorer (loaded by the kit's loader on first
 * interaction). The distribution editor reports valid lists (commit) and reasons (reject).
 */
import { enableBarDrag } from '../../kit/bar-drag.ts';
import { DistributionEditor } from '../../kit/distribution-editor.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { entropyExplorerChart } from './chart.ts';
import { entropyExplorerModel, type EntropyExplorerState } from './model.ts';

export class EntropyExplorerElement extends WidgetElement<EntropyExplorerState> {
  protected readonly model = entropyExplorerModel;
  protected readonly chart = entropyExplorerChart;
  #editor: DistributionEditor | undefined;

  protected bindControls(): void {
    const root = this.querySelector<HTMLElement>('[data-distribution-editor="p"]');
    if (!root) return;
    const editor = new DistributionEditor(root, {
      change: (p) => this.commit({ p }),
      invalid: (message) => this.reject(message),
    });
    this.#editor = editor;
    const holder = this.querySelector<HTMLElement>('[data-chart]');
    const chart = this.liveChart;
    if (holder && chart)
      enableBarDrag(holder, chart, 'p', (index, value) => editor.setProbability(index, value));
  }

  protected syncControls({ p }: EntropyExplorerState): void {
    this.#editor?.setValues(p);
  }
}

if (!customElements.get('entropy-explorer-widget')) {
  customElements.define('entropy-explorer-widget', EntropyExplorerElement);
}
