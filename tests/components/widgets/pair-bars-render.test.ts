import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readScales } from '../../../src/components/kit/chart-scales.ts';
import { PAIR_BAR_MARKS } from '../../../src/components/kit/pair-bars-spec.ts';
import CodingGame from '../../../src/components/widgets/coding-game/CodingGame.astro';
import CrossEntropyExplorer from '../../../src/components/widgets/cross-entropy-explorer/CrossEntropyExplorer.astro';
import KlExplorer from '../../../src/components/widgets/kl-explorer/KlExplorer.astro';
import { expectClose } from '../../helpers/expect-close.ts';
import { renderWidgetHtml } from './mount-widget.ts';

const p = [0.2, 0.5, 0.3];
const q = [0.4, 0.4, 0.2];

describe.each([
  ['cross-entropy-explorer', CrossEntropyExplorer],
  ['kl-explorer', KlExplorer],
  ['coding-game', CodingGame],
] as const)('%s, server render', (kind, component) => {
  it('puts the pair picture in the controls, above both editors, with the state’s p and q drawn', async () => {
    const { document } = new JSDOM(await renderWidgetHtml(component, { id: 'w', p, q })).window;
    const figure = document.querySelector<HTMLElement>(`figure[data-widget="${kind}"]#w`)!;
    const controls = figure.querySelector('[data-widget-controls]')!;
    const picture = controls.querySelector('[data-pair-bars]')!;
    const editors = [...controls.querySelectorAll('[data-distribution-editor]')];
    expect(editors).toHaveLength(2);
    for (const editor of editors) {
      expect(picture.compareDocumentPosition(editor) & 4 /* FOLLOWING */).toBe(4);
    }
    const svg = picture.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('style')).toBeNull();
    expect(document.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent).toContain(
      '3 outcomes',
    );
    const y = readScales(svg).y!;
    for (const [symbol, values] of [
      ['p', p],
      ['q', q],
    ] as const) {
      const bars = [...svg.querySelectorAll(`g.mark-${PAIR_BAR_MARKS[symbol]} rect`)];
      expect(bars).toHaveLength(3);
      bars.forEach((bar, i) =>
        expectClose(y.invert(Number(bar.getAttribute('y'))), values[i]!, { abs: 0.01 }),
      );
    }
    expect(controls.querySelector('.widget-key')?.textContent).toMatch(/p solid.*q outlined/);
    // The widget's own chart stays in the view.
    expect(figure.querySelector('[data-widget-view] [data-chart] svg')).not.toBeNull();
    const ids = [...figure.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
