import { describe, expect, it } from 'vitest';
import { prettySvg, roundNumbers } from './svg-snapshot.ts';

describe('svg-snapshot', () => {
  it('roundNumbers rounds decimals and exponents to 2 decimals and leaves integers alone', () => {
    expect(roundNumbers('M46.8456,220L-0.001,1.5e-7 translate(12,-3.005) 0.32em d6a7b5')).toBe(
      'M46.85,220L0,0 translate(12,-3) 0.32em d6a7b5',
    );
    expect(roundNumbers('1e-9 2.5E3 -7.125')).toBe('0 2500 -7.13');
  });

  it('prettySvg prints one element a line, text inline, the SVG namespace on the root', () => {
    const markup =
      '<svg width="4"><g aria-label="bar"><rect x="1"></rect><text y="2">a &lt; b</text></g></svg>';
    expect(prettySvg(markup)).toBe(
      [
        '<svg width="4" xmlns="http://www.w3.org/2000/svg">',
        '  <g aria-label="bar">',
        '    <rect x="1"/>',
        '    <text y="2">a &lt; b</text>',
        '  </g>',
        '</svg>',
        '',
      ].join('\n'),
    );
  });

  it('prettySvg refuses markup that is not one <svg> element', () => {
    expect(() => prettySvg('<div></div>')).toThrow(/not one <svg> element/);
  });
});
