// Section ids and link-to-section controls for lesson headings (src/plugins).
import type { Heading, Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import remarkSectionHeadings, {
  type SectionEntry,
} from '../../../src/plugins/remark-section-headings.ts';
import { createSlugger, sectionSlug } from '../../../src/plugins/section-slug.ts';

function heading(depth: Heading['depth'], ...children: Heading['children']): Heading {
  return { type: 'heading', depth, children };
}
const text = (value: string) => ({ type: 'text' as const, value });
const math = (value: string) => ({ type: 'inlineMath' as const, value });

/** Runs the plugin on a tree with the given front matter; returns the tree and the front matter after. */
function run(children: Root['children'], frontmatter: Record<string, unknown> = {}) {
  const tree: Root = { type: 'root', children };
  remarkSectionHeadings()(tree, {
    data: { astro: { frontmatter } },
    path: 'content/lessons/01-test.mdx',
  });
  return { tree, frontmatter, sections: frontmatter['sections'] as SectionEntry[] };
}

interface Wrapper {
  type: string;
  children: {
    type: string;
    url?: string;
    data?: { hName?: string; hProperties?: Record<string, unknown> };
  }[];
  data: { hName: string; hProperties: Record<string, unknown> };
}

describe('sectionSlug(text)', () => {
  it('lower-cases words and joins them with single hyphens', () => {
    expect(sectionSlug('Bits and nats')).toBe('bits-and-nats');
  });

  it('drops punctuation at the ends and collapses it inside', () => {
    expect(sectionSlug('  Negative, and not a count of bits! ')).toBe(
      'negative-and-not-a-count-of-bits',
    );
  });

  it('strips accents', () => {
    expect(sectionSlug('Kullback–Leibler, à la Gibbs')).toBe('kullback-leibler-a-la-gibbs');
  });

  it('gives "section" to a heading without letters or digits', () => {
    expect(sectionSlug(' ∑ ')).toBe('section');
  });
});

describe('createSlugger(reserved)', () => {
  it('numbers repeats from 2', () => {
    const next = createSlugger();
    expect([next('Example'), next('Example'), next('Example')]).toEqual([
      'example',
      'example-2',
      'example-3',
    ]);
  });

  it('never hands out a reserved id', () => {
    expect(createSlugger(['surprise'])('Surprise')).toBe('surprise-2');
  });
});

describe('remarkSectionHeadings', () => {
  it('gives h2 and h3 readable ids from their words, leaving formulas out', () => {
    const { tree } = run([
      heading(2, text('Entropy of '), math('p'), text(', in bits')),
      heading(3, text('Bits and nats')),
    ]);
    const ids = tree.children.map((node) => {
      const wrapper = node as unknown as Wrapper;
      return wrapper.children.find((child) => child.type === 'heading')?.data?.hProperties?.['id'];
    });
    expect(ids).toEqual(['entropy-of-in-bits', 'bits-and-nats']);
  });

  it('wraps each heading with a real link to its section that has an accessible name', () => {
    const { tree } = run([heading(2, text('Surprise'))]);
    const wrapper = tree.children[0] as unknown as Wrapper;
    expect(wrapper.data.hName).toBe('div');
    expect(wrapper.data.hProperties['className']).toEqual(['section-heading']);
    const link = wrapper.children.at(-1);
    expect(link?.type).toBe('link');
    expect(link?.url).toBe('#surprise');
    expect(link?.data?.hProperties?.['ariaLabel']).toBe('Link to section: Surprise');
  });

  it('records h2 and h3, not h4, as sections for the table of contents, formulas kept as TeX', () => {
    const { sections } = run([
      heading(2, text('Gaussian '), math('\\sigma')),
      heading(3, text('Tails')),
      heading(4, text('Aside')),
    ]);
    expect(sections).toEqual([
      {
        depth: 2,
        id: 'gaussian',
        parts: [
          { kind: 'text', value: 'Gaussian ' },
          { kind: 'math', tex: '\\sigma' },
        ],
      },
      { depth: 3, id: 'tails', parts: [{ kind: 'text', value: 'Tails' }] },
    ]);
  });

  it('leaves the h1-free body and other nodes alone', () => {
    const paragraph = { type: 'paragraph' as const, children: [text('Prose')] };
    const { tree } = run([paragraph]);
    expect(tree.children).toEqual([paragraph]);
  });

  it('places an element with each old id of a renamed section before the heading', () => {
    const { tree } = run([heading(2, text('Expected surprise'))], {
      sectionAliases: { 'average-surprise': 'expected-surprise' },
    });
    const wrapper = tree.children[0] as unknown as Wrapper;
    const alias = wrapper.children[0];
    expect(alias?.data?.hName).toBe('span');
    expect(alias?.data?.hProperties?.['id']).toBe('average-surprise');
  });

  it('fails the build when an alias points at no heading of the lesson', () => {
    expect(() =>
      run([heading(2, text('Surprise'))], { sectionAliases: { old: 'no-such-section' } }),
    ).toThrow(
      /sectionAliases maps old to "no-such-section", which is not a heading id of this lesson \(ids: surprise\)/,
    );
  });

  it('does not give a heading an id that an alias already answers to', () => {
    const { sections } = run([heading(2, text('Surprise')), heading(2, text('Renamed'))], {
      sectionAliases: { surprise: 'renamed' },
    });
    expect(sections.map((section) => section.id)).toEqual(['surprise-2', 'renamed']);
  });
});
