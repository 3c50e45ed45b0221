// Display formulas that use glossary symbols get one tip beside them; formulas without a TeX
// annotation (live formulas) or without a glossary symbol, and inline formulas, are left alone.
import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeKatex from 'rehype-katex';
import { describe, expect, it } from 'vitest';
import rehypeGlossaryTips from '../../../src/plugins/rehype-glossary-tips.ts';

/** A formula as rehype-katex renders it (as in astro.config.mjs). */
function formula(tex: string, display = true): ElementContent {
  const code: Element = {
    type: 'element',
    tagName: 'code',
    properties: { className: ['language-math', display ? 'math-display' : 'math-inline'] },
    children: [{ type: 'text', value: tex }],
  };
  const tree: Root = { type: 'root', children: [code] };
  // The file only receives messages about formulas KaTeX cannot render; these all render.
  const file = { message: (reason: string) => expect.fail(reason) } as never;
  rehypeKatex({ output: 'htmlAndMathml' })(tree, file);
  return tree.children[0] as ElementContent;
}

const run = (children: ElementContent[]): Root => {
  const tree: Root = {
    type: 'root',
    children: [{ type: 'element', tagName: 'div', properties: {}, children }],
  };
  rehypeGlossaryTips({ glossaryPath: '/sub/glossary/' })(tree);
  return tree;
};
const paragraph = (tree: Root): Element => tree.children[0] as Element;
const find = (node: Root | RootContent, test: (element: Element) => boolean): Element[] => {
  if (node.type !== 'element' && node.type !== 'root') return [];
  const here = node.type === 'element' && test(node) ? [node] : [];
  return [...here, ...node.children.flatMap((child) => find(child, test))];
};
const hasClass = (name: string) => (element: Element) =>
  Array.isArray(element.properties['className']) && element.properties['className'].includes(name);

describe('rehypeGlossaryTips', () => {
  it('wraps a display formula with glossary symbols and adds one tip linking to its entries', () => {
    const display = formula(String.raw`D_{\mathrm{KL}}(p \,\|\, q) = H(p, q) - H(p)`);
    const tree = run([display]);
    const [wrapper] = paragraph(tree).children as Element[];
    expect(hasClass('formula-with-tip')(wrapper!)).toBe(true);
    expect(wrapper!.children[0]).toBe(display);
    const [trigger] = find(tree, hasClass('glossary-tip-trigger'));
    const [box] = find(tree, hasClass('glossary-tip-box'));
    expect(trigger?.properties['href']).toBe('/sub/glossary/#kl-divergence');
    expect(trigger?.properties['ariaDescribedBy']).toEqual([box?.properties['id']]);
    const links = find(box!, (element) => element.tagName === 'a').map(
      (link) => link.properties['href'],
    );
    expect(links).toEqual([
      '/sub/glossary/#kl-divergence',
      '/sub/glossary/#cross-entropy',
      '/sub/glossary/#entropy',
    ]);
  });

  it('numbers the tips of one page so that their ids differ', () => {
    const tree = run([formula('H(p)'), formula('H(p, q)')]);
    const ids = find(tree, hasClass('glossary-tip-box')).map((box) => box.properties['id']);
    expect(ids).toEqual(['formula-notation-1', 'formula-notation-2']);
  });

  it('leaves inline formulas, formulas without glossary symbols and unreadable ones alone', () => {
    const inline = formula('H(p)', false);
    const plain = formula(String.raw`\frac{a}{b}`);
    const noAnnotation: Element = {
      type: 'element',
      tagName: 'span',
      properties: { className: ['katex-display'] },
      children: [{ type: 'element', tagName: 'math', properties: {}, children: [] }],
    };
    const tree = run([inline, plain, noAnnotation]);
    expect(paragraph(tree).children).toEqual([inline, plain, noAnnotation]);
    expect(find(tree, hasClass('glossary-tip'))).toEqual([]);
  });
});
