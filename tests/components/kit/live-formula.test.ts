// Live formulas: the drawn TeX and the MathML carry one element per live value, keyed and
// showing the value's text, and the MathML keeps no TeX that could quote stale numbers.
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  formulaPlaceholderTex,
  formulaTex,
  liveText,
  withLiveMathml,
  type FormulaLine,
} from '../../../src/components/kit/live-formula.ts';

const line: FormulaLine = [
  { tex: 'D =' },
  { live: 'a' },
  { tex: '+' },
  { live: 'b', paren: true },
  { tex: '\\;' },
  { live: 'unit' },
];
const values = { a: 0.13832, b: -0.19499, unit: 'bits' };

const mathmlOf = (tex: string) =>
  /<math[\s\S]*<\/math>/.exec(katex.renderToString(tex, { output: 'mathml' }))![0];

describe('live formula', () => {
  it('writes each live value into the TeX with its key', () => {
    const tex = formulaTex(line, values);
    expect(tex).toContain(`\\htmlData{live=a}{${liveText(values.a)}}`);
    expect(tex).toContain('\\htmlData{live=b,live-paren=1}{(-0.195)}');
    expect(tex).toContain('\\htmlData{live=unit}{\\text{bits}}');
  });

  it('turns the MathML placeholders into keyed <mn> and <mtext> with the values', () => {
    const mathml = withLiveMathml(mathmlOf(formulaPlaceholderTex(line)), line, values);
    expect(mathml).toContain(`<mn data-live="a">${liveText(values.a)}</mn>`);
    expect(mathml).toContain('<mn data-live="b" data-live-paren="1">(−0.195)</mn>');
    expect(mathml).toContain('<mtext data-live="unit">bits</mtext>');
    expect(mathml).not.toContain('LIVEVALUE');
    expect(mathml).not.toContain('annotation');
  });

  it('refuses a line whose value is missing', () => {
    expect(() => withLiveMathml(mathmlOf(formulaPlaceholderTex(line)), line, { a: 1 })).toThrow(
      /no value for "b"/,
    );
  });
});
