import { describe, expect, it } from 'vitest';
import { toOutput, MAX_ITEMS } from '../../../src/components/notebook/output.ts';
import { formatNumber, outputsHtml } from '../../../src/components/notebook/output-html.ts';
import { PlotStandIn } from '../../../src/components/notebook/plot-stand-in.ts';

describe('toOutput', () => {
  it('keeps numbers at full precision', () => {
    expect(toOutput(1 / 3)).toEqual({ kind: 'number', value: 1 / 3 });
  });

  it('turns an array of objects into a table with columns', () => {
    const output = toOutput([
      { x: 1, p: 0.5 },
      { x: 2, q: 0.1 },
    ]);
    expect(output.kind).toBe('table');
    if (output.kind !== 'table') return;
    expect(output.columns).toEqual(['x', 'p', 'q']);
    expect(output.rows[1]).toEqual([
      { kind: 'number', value: 2 },
      { kind: 'text', value: '' },
      { kind: 'number', value: 0.1 },
    ]);
  });

  it('reads typed arrays, maps and nested objects', () => {
    expect(toOutput(new Float64Array([0.25, 0.75]))).toEqual({
      kind: 'list',
      items: [
        { kind: 'number', value: 0.25 },
        { kind: 'number', value: 0.75 },
      ],
      more: 0,
    });
    const nested = toOutput({ a: { b: [1] } });
    expect(nested).toEqual({
      kind: 'record',
      entries: [
        [
          'a',
          {
            kind: 'record',
            entries: [['b', { kind: 'list', items: [{ kind: 'number', value: 1 }], more: 0 }]],
            more: 0,
          },
        ],
      ],
      more: 0,
    });
  });

  it('cuts long lists and counts the rest', () => {
    const output = toOutput(Array.from({ length: MAX_ITEMS + 5 }, (_, i) => i));
    expect(output.kind === 'list' && output.more).toBe(5);
  });

  it('records Plot calls as a chart spec', () => {
    const output = toOutput(PlotStandIn.barY([{ o: 'a', p: 1 }], { x: 'o', y: 'p' }).plot());
    expect(output).toEqual({
      kind: 'plot',
      spec: {
        plotSpec: true,
        marks: [{ mark: 'barY', data: [{ o: 'a', p: 1 }], options: { x: 'o', y: 'p' } }],
        options: {},
      },
    });
    expect(() => PlotStandIn.lineY([1], { y: (d: number) => d } as never)).toThrow(/function/);
  });
});

describe('outputsHtml', () => {
  it('shows numbers rounded, with the full value in data-value and title', () => {
    const html = outputsHtml([{ kind: 'number', value: 1 / 3 }], undefined);
    expect(html).toContain('>0.333333<');
    expect(html).toContain(`data-value="${String(1 / 3)}"`);
    expect(formatNumber(Infinity)).toBe('∞');
    expect(formatNumber(1.5)).toBe('1.5');
    expect(formatNumber(2.229e-12)).toBe('2.229e−12');
  });

  it('escapes strings and error messages', () => {
    const html = outputsHtml([{ kind: 'string', value: '<img src=x>' }], {
      name: 'Error',
      message: '<b>',
      line: 2,
    });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Error (line 2): &lt;b&gt;');
  });
});
