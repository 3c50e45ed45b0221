/**
 * `<joint-entropy-widget>`: the live joint table. The cells are one `DistributionEditor` over
 * the table row by row (a slider or a dragged bar rescales the other cells, so the table stays
 * a distribution; typed boxes that do not sum to 1 are refused until "Normalise"). The table
 * picture in the controls is a second live chart whose bars drag into that editor; the main
 * chart is the picture of the identities.
 */
import { enableBarDrag } from '../../kit/bar-drag.ts';
import { DistributionEditor } from '../../kit/distribution-editor.ts';
import { LiveChart } from '../../kit/live-chart.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { jointEntropyChart } from './chart.ts';
import {
  dependentTable,
  independentTable,
  jointEntropyModel,
  type JointEntropyState,
} from './model.ts';
import {
  cellLabels,
  describeTable,
  marginalsText,
  TABLE_MARK,
  tableDescriptionId,
  tableSpec,
} from './table-spec.ts';

export class JointEntropyElement extends WidgetElement<JointEntropyState> {
  protected readonly model = jointEntropyModel;
  protected readonly chart = jointEntropyChart;
  #editor: DistributionEditor | undefined;
  #table: LiveChart | undefined;

  protected bindControls(): void {
    const root = this.querySelector<HTMLElement>('[data-distribution-editor="p"]');
    if (!root) return;
    const editor = new DistributionEditor(root, {
      change: (joint) => this.commit({ ...this.state, joint }),
      invalid: (message) => this.reject(message),
    });
    this.#editor = editor;
    const holder = this.querySelector<HTMLElement>('[data-joint-table]');
    if (holder) {
      this.#table = new LiveChart(holder, tableDescriptionId(this.instanceId));
      enableBarDrag(holder, this.#table, TABLE_MARK, (index, value) =>
        editor.setProbability(index, value),
      );
    }
    const preset = (selector: string, table: (state: JointEntropyState) => number[]) =>
      this.querySelector(selector)?.addEventListener('click', () =>
        this.show({ ...this.state, joint: table(this.state) }),
      );
    preset('[data-independent]', independentTable);
    preset('[data-dependent]', dependentTable);
  }

  protected syncControls(state: JointEntropyState): void {
    this.#editor?.setValues(state.joint);
    // A link may give another shape than the page's: name each cell for the state's.
    const labels = cellLabels(state);
    this.querySelectorAll('[data-outcome-label]').forEach((label, index) => {
      const text = labels[index];
      if (text !== undefined && label.textContent !== text) label.textContent = text;
    });
  }

  protected override render(): void {
    super.render();
    const state = this.state;
    this.#table?.show(tableSpec(state), describeTable(state));
    const line = this.querySelector('[data-marginals]');
    const text = marginalsText(state);
    if (line && line.textContent !== text) line.textContent = text;
  }
}

if (!customElements.get('joint-entropy-widget')) {
  customElements.define('joint-entropy-widget', JointEntropyElement);
}
