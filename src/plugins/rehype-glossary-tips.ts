/**
 * Rehype plugin, run after rehype-katex: a display formula (`.katex-display`) whose TeX (read
 * from its MathML `<annotation encoding="application/x-tex">`) uses glossary symbols gets one
 * glossary tip beside it, the same "?" link and box as the readouts' tips (GlossaryTip.astro):
 *
 *   <span class="formula-with-tip"><span class="katex-display">…</span><span class="glossary-tip">…</span></span>
 *
 * Inline formulas get none (no tab stop per inline symbol). A formula without a TeX annotation
 * (live formulas) or without a glossary symbol is left as it is.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { glossaryTermsInTex } from '../components/kit/glossary-terms.ts';
import {
  glossaryTipContent,
  type GlossaryTipContent,
} from '../components/kit/glossary-tip-content.ts';

export interface GlossaryTipsOptions {
  /** The glossary page's path with the site's base path, e.g. `/glossary/`. */
  glossaryPath: string;
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes(name);
}

const span = (
  properties: Element['properties'],
  children: ElementContent[],
  tagName = 'span',
): Element => ({ type: 'element', tagName, properties, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The TeX source KaTeX recorded in the formula's MathML, if any. */
function texOf(node: Element): string | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'annotation' && child.properties['encoding'] === 'application/x-tex')
      return textOf(child);
    const found = texOf(child);
    if (found !== undefined) return found;
  }
  return undefined;
}

function tipElement(content: GlossaryTipContent, id: string): Element {
  const lines = content.lines.map((line) =>
    span({ className: ['glossary-tip-line'] }, [
      span({ href: line.href }, [text(line.symbol)], 'a'),
      text(`: ${line.text}`),
    ]),
  );
  return span({ className: ['glossary-tip'], dataGlossaryTip: '' }, [
    span(
      { className: ['glossary-tip-trigger'], href: content.href, ariaDescribedBy: [id] },
      [
        span({ ariaHidden: 'true' }, [text('?')]),
        span({ className: ['visually-hidden'] }, [text(content.name)]),
      ],
      'a',
    ),
    span({ className: ['glossary-tip-box'], id }, lines),
  ]);
}

export default function rehypeGlossaryTips({ glossaryPath }: GlossaryTipsOptions) {
  return (tree: Root): void => {
    let count = 0;
    const visit = (node: Root | RootContent): void => {
      if (node.type !== 'root' && node.type !== 'element') return;
      node.children = node.children.map((child) => {
        if (child.type !== 'element') return child;
        if (!hasClass(child, 'katex-display')) {
          visit(child);
          return child;
        }
        const tex = texOf(child);
        const content =
          tex === undefined
            ? undefined
            : glossaryTipContent(glossaryTermsInTex(tex), glossaryPath, 'this formula');
        if (!content) return child;
        count += 1;
        return span({ className: ['formula-with-tip'] }, [
          child,
          tipElement(content, `formula-notation-${count}`),
        ]);
      }) as ElementContent[];
    };
    visit(tree);
  };
}
