/**
 * Rehype plugin, run after rehype-katex, for blocks that may be wider than a phone screen:
 * - every display formula (`.katex-display`) becomes keyboard-focusable (`tabindex="0"`);
 * - every table is wrapped in `<div class="table-scroll" tabindex="0">`.
 * global.css lets both scroll sideways inside their own box instead of widening the page, and a
 * scrollable region must be reachable without a pointer (WCAG 2.1.1).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

function hasClass(node: Element, name: string): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes(name);
}

function scrollBox(table: Element): Element {
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['table-scroll'], tabIndex: 0 },
    children: [table],
  };
}

function visit(node: Root | RootContent): void {
  if (node.type !== 'root' && node.type !== 'element') return;
  if (node.type === 'element' && hasClass(node, 'katex-display')) {
    node.properties['tabIndex'] = 0;
    return;
  }
  node.children = node.children.map((child) => {
    if (child.type === 'element' && child.tagName === 'table') return scrollBox(child);
    visit(child);
    return child;
  }) as ElementContent[];
}

export default function rehypeScrollableBlocks() {
  return (tree: Root): void => visit(tree);
}
