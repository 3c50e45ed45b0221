/**
 * Remark plugin for lessons: stable section ids, link-to-section controls, aliases for renamed
 * sections, and the table of contents data.
 *
 * For every top-level heading of depth 2–6 it
 * - sets a readable id from the heading's words (`sectionSlug`; inline formulas are left out,
 *   so "Entropy of a Gaussian, $\sigma$" → `entropy-of-a-gaussian`);
 * - wraps the heading in `<div class="section-heading">` followed by a real
 *   `<a class="section-link" href="#id" aria-label="Link to section: …">#</a>`;
 * - puts `<span class="section-alias" id="OLD">` before the heading for every front-matter
 *   `sectionAliases` entry `OLD: id`, so links to a renamed section still land on it.
 *
 * h2 and h3 headings are recorded, in order, as `sections` in the lesson's front matter
 * (read back as `remarkPluginFrontmatter.sections` from `render(entry)`) for the table of contents.
 * An alias whose target is not a heading id of the lesson fails the build. Alias ids are never
 * handed to a heading, so a later section that happens to reuse an old name gets `name-2`.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { createSlugger } from './section-slug.ts';

/** A piece of heading text: words, or an inline TeX formula. */
export type SectionTextPart = { kind: 'text'; value: string } | { kind: 'math'; tex: string };

/** One h2/h3 of a lesson, as the table of contents lists it. */
export interface SectionEntry {
  depth: 2 | 3;
  id: string;
  /** The heading as words and formulas, in order. */
  parts: SectionTextPart[];
}

interface PluginFile {
  data: { astro?: { frontmatter?: Record<string, unknown> } };
  path?: string;
}

/** Heading content as text and formula parts; other inline nodes contribute their children. */
function headingParts(node: Nodes): SectionTextPart[] {
  if (node.type === 'text' || node.type === 'inlineCode')
    return [{ kind: 'text', value: node.value }];
  if (node.type === 'inlineMath') return [{ kind: 'math', tex: node.value }];
  if ('children' in node) return node.children.flatMap((child) => headingParts(child as Nodes));
  return [];
}

/** The words of a heading, formulas left out, for its id and its link's name. */
function wordsOf(parts: readonly SectionTextPart[]): string {
  return parts
    .map((part) => (part.kind === 'text' ? part.value : ' '))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function readAliases(frontmatter: Record<string, unknown> | undefined): Map<string, string[]> {
  const byTarget = new Map<string, string[]>();
  const raw = frontmatter?.['sectionAliases'];
  if (raw === undefined || raw === null || typeof raw !== 'object') return byTarget;
  for (const [oldId, newId] of Object.entries(raw)) {
    if (typeof newId !== 'string') continue;
    byTarget.set(newId, [...(byTarget.get(newId) ?? []), oldId]);
  }
  return byTarget;
}

function wrapHeading(
  heading: Heading,
  id: string,
  name: string,
  aliases: readonly string[],
): RootContent {
  // `hProperties` is read by mdast-util-to-hast; mdast's own types do not declare it.
  const data = (heading.data ?? {}) as { hProperties?: Record<string, unknown> };
  heading.data = { ...data, hProperties: { ...data.hProperties, id } } as Heading['data'];
  const aliasAnchors = aliases.map((oldId) => ({
    type: 'sectionAlias',
    children: [],
    data: { hName: 'span', hProperties: { id: oldId, className: ['section-alias'] } },
  }));
  const link = {
    type: 'link',
    url: `#${id}`,
    children: [{ type: 'text', value: '#' }],
    data: { hProperties: { className: ['section-link'], ariaLabel: `Link to section: ${name}` } },
  };
  // An unknown node type with `data.hName` becomes that element (mdast-util-to-hast).
  return {
    type: 'sectionHeading',
    children: [...aliasAnchors, heading, link],
    data: { hName: 'div', hProperties: { className: ['section-heading'] } },
  } as unknown as RootContent;
}

export default function remarkSectionHeadings() {
  return (tree: Root, file: PluginFile): void => {
    const frontmatter = file.data.astro?.frontmatter;
    const aliases = readAliases(frontmatter);
    const reserved = [...aliases.values()].flat();
    const nextId = createSlugger(reserved);
    const sections: SectionEntry[] = [];
    const ids = new Set<string>();

    tree.children = tree.children.map((node) => {
      if (node.type !== 'heading' || node.depth < 2) return node;
      const parts = headingParts(node);
      const name = wordsOf(parts);
      const id = nextId(name);
      ids.add(id);
      if (node.depth === 2 || node.depth === 3) sections.push({ depth: node.depth, id, parts });
      return wrapHeading(node, id, name === '' ? id : name, aliases.get(id) ?? []);
    });

    for (const [target, oldIds] of aliases) {
      if (!ids.has(target)) {
        throw new Error(
          `${file.path ?? 'lesson'}: sectionAliases maps ${oldIds.join(', ')} to "${target}", ` +
            `which is not a heading id of this lesson (ids: ${[...ids].join(', ')}).`,
        );
      }
    }
    if (frontmatter) frontmatter['sections'] = sections;
  };
}
