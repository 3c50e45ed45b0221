// Formulas are rendered at build time: no KaTeX or MathJax script ships, and every KaTeX formula
// carries MathML for screen readers. (The KaTeX stylesheet is expected and allowed.)
import { describe, expect, inject, it } from 'vitest';
import { loadBuiltPages } from './site-pages.ts';

const pages = loadBuiltPages(inject('distDir'));
const mathScript = /katex|mathjax/i;

describe.each(pages.map((page) => [page.path, page] as const))('math on %s', (_path, page) => {
  it('ships no KaTeX or MathJax JavaScript', () => {
    const scripts = [...page.document.querySelectorAll('script')]
      .map((script) => `${script.getAttribute('src') ?? ''} ${script.textContent}`)
      .filter((text) => mathScript.test(text));
    expect(scripts, 'scripts that load or contain a math renderer').toEqual([]);
  });

  it('gives every rendered formula a MathML <math> element', () => {
    const formulas = [...page.document.querySelectorAll('.katex')];
    const withoutMathml = formulas.filter((formula) => formula.querySelector('math') === null);
    expect(withoutMathml.map((formula) => formula.textContent?.slice(0, 60))).toEqual([]);
  });
});
