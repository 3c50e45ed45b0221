// Wide formulas and tables scroll in their own box on a phone and can be reached by keyboard.
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeScrollableBlocks from '../../../src/plugins/rehype-scrollable-blocks.ts';

const element = (tagName: string, className: string[] = [], children: Element[] = []): Element => ({
  type: 'element',
  tagName,
  properties: className.length > 0 ? { className } : {},
  children,
});

describe('rehypeScrollableBlocks', () => {
  it('makes display formulas focusable and leaves inline ones alone', () => {
    const display = element('span', ['katex-display'], [element('span', ['katex'])]);
    const inline = element('span', ['katex']);
    const tree: Root = { type: 'root', children: [element('p', [], [inline]), display] };
    rehypeScrollableBlocks()(tree);
    expect(display.properties['tabIndex']).toBe(0);
    expect(inline.properties['tabIndex']).toBeUndefined();
    expect((display.children[0] as Element).properties['tabIndex']).toBeUndefined();
  });

  it('wraps each table in a focusable scroll box, keeping the table itself', () => {
    const table = element('table');
    const tree: Root = { type: 'root', children: [element('section', [], [table])] };
    rehypeScrollableBlocks()(tree);
    const box = (tree.children[0] as Element).children[0] as Element;
    expect(box.tagName).toBe('div');
    expect(box.properties).toEqual({ className: ['table-scroll'], tabIndex: 0 });
    expect(box.children).toEqual([table]);
  });
});
