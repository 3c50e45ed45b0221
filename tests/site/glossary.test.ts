// The notation guard in the built site: the glossary page keeps every entry id it ever
// published (tests/glossary-ids.json only grows), and every readout label, display formula and
// argument-order warning that mentions a glossary symbol links to an entry that exists.
import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import {
  glossaryTerms,
  glossaryTermsIn,
  glossaryTermsInTex,
} from '../../src/components/kit/glossary-terms.ts';
import { basePath, loadBuiltPages } from './site-pages.ts';

const pages = loadBuiltPages(inject('distDir'));
const glossaryPath = `${basePath()}glossary/`;
const glossary = pages.find((page) => page.path === glossaryPath);
const entryIds = new Set(
  [...(glossary?.document.querySelectorAll('main h2[id]') ?? [])].map((heading) => heading.id),
);
const published = (
  JSON.parse(readFileSync(new URL('../glossary-ids.json', import.meta.url), 'utf8')) as Record<
    string,
    string[]
  >
)['glossary/'];

/** The glossary id a link points to, or why it does not point to one. */
function glossaryTarget(link: Element | null): string {
  const href = link?.getAttribute('href') ?? '(no link)';
  const [path, id = ''] = href.split('#');
  if (path !== glossaryPath) return `not the glossary: ${href}`;
  return entryIds.has(id) ? id : `no entry #${id}`;
}

describe('the glossary page', () => {
  it('is built, listed in the site navigation and the sitemap', () => {
    expect(glossary, `${glossaryPath} not built`).toBeDefined();
    const home = pages.find((page) => page.path === basePath());
    const nav = [...(home?.document.querySelectorAll('header nav a') ?? [])];
    expect(nav.map((link) => link.getAttribute('href'))).toContain(glossaryPath);
    const sitemap = readFileSync(`${inject('distDir')}/sitemap-0.xml`, 'utf8');
    expect(sitemap).toContain(`${glossaryPath}</loc>`);
  });

  it('has an entry for every glossary term', () => {
    const ids = Object.values(glossaryTerms).map((term) => term.id);
    expect(ids.filter((id) => !entryIds.has(id))).toEqual([]);
  });

  it('keeps every published entry id, and every entry id is recorded', () => {
    expect(published?.length).toBeGreaterThan(0);
    expect(
      published?.filter((id) => !entryIds.has(id)),
      'published glossary ids the page no longer has',
    ).toEqual([]);
    expect(
      [...entryIds].filter((id) => !published?.includes(id)),
      'new glossary ids: append them to tests/glossary-ids.json',
    ).toEqual([]);
  });

  it('renders its formulas at build time, with MathML', () => {
    const formulas = [...(glossary?.document.querySelectorAll('main .katex') ?? [])];
    expect(formulas.length).toBeGreaterThan(Object.keys(glossaryTerms).length);
    expect(formulas.filter((formula) => !formula.querySelector('math'))).toEqual([]);
  });
});

describe.each(pages.map((page) => [page.path, page] as const))('notation on %s', (_path, page) => {
  const { document } = page;

  it('gives every readout label that names a glossary symbol a tip linking to its entries', () => {
    const problems: string[] = [];
    for (const output of document.querySelectorAll('output[data-readout][aria-labelledby]')) {
      const label = document.getElementById(output.getAttribute('aria-labelledby') ?? '');
      const text = label?.textContent?.trim() ?? '';
      const expected = glossaryTermsIn(text).map((found) => found.term.id);
      if (expected.length === 0) continue;
      // The tip sits beside the label, outside the element whose text the client rewrites.
      const tip = label?.parentElement?.querySelector('[data-glossary-tip]');
      if (!tip || label?.contains(tip)) {
        problems.push(`${text}: no tip beside the label`);
        continue;
      }
      const trigger = tip.querySelector('a.glossary-tip-trigger');
      const box = document.getElementById(trigger?.getAttribute('aria-describedby') ?? '');
      if (!box || !tip.contains(box)) problems.push(`${text}: the trigger describes no tip box`);
      if (glossaryTarget(trigger) !== expected[0])
        problems.push(`${text}: trigger → ${glossaryTarget(trigger)}`);
      const linked = [...(box?.querySelectorAll('a') ?? [])].map(glossaryTarget);
      if (linked.join() !== expected.join()) problems.push(`${text}: tip links ${linked.join()}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives every display formula that uses a glossary symbol a tip linking to its entries', () => {
    const problems: string[] = [];
    for (const formula of document.querySelectorAll('main .katex-display')) {
      const tex = formula.querySelector('annotation[encoding="application/x-tex"]')?.textContent;
      if (tex === undefined || tex === null || page.path === glossaryPath) continue;
      const expected = glossaryTermsInTex(tex).map((found) => found.term.id);
      const wrapper = formula.parentElement?.classList.contains('formula-with-tip')
        ? formula.parentElement
        : null;
      if (expected.length === 0) {
        if (wrapper) problems.push(`${tex}: a tip with nothing to explain`);
        continue;
      }
      const box = wrapper?.querySelector('.glossary-tip-box');
      const trigger = wrapper?.querySelector('a.glossary-tip-trigger');
      if (!box || trigger?.getAttribute('aria-describedby') !== box.id) {
        problems.push(`${tex}: no tip`);
        continue;
      }
      const linked = [...box.querySelectorAll('a')].map(glossaryTarget);
      if (linked.join() !== expected.join()) problems.push(`${tex}: tip links ${linked.join()}`);
      if (glossaryTarget(trigger) !== expected[0]) problems.push(`${tex}: trigger`);
    }
    expect(problems).toEqual([]);
  });

  it('links every argument-order warning to a glossary entry', () => {
    const targets = [...document.querySelectorAll('[data-order-warning]')].map((warning) =>
      glossaryTarget(warning.querySelector('a')),
    );
    expect(targets.filter((target) => !entryIds.has(target))).toEqual([]);
  });
});

describe('tips across the site', () => {
  it('are there to check: readout tips and formula tips on the lesson pages', () => {
    const all = (selector: string): number =>
      pages.reduce((sum, page) => sum + page.document.querySelectorAll(selector).length, 0);
    expect(all('.widget-readout dt [data-glossary-tip]')).toBeGreaterThan(20);
    expect(all('.formula-with-tip [data-glossary-tip]')).toBeGreaterThan(20);
  });
});

describe('argument-order warnings', () => {
  it('stand where the order matters: lessons 02, 03, 06 and 07, one each', () => {
    const count = (slug: string): number =>
      pages
        .find((page) => page.path === `${basePath()}lessons/${slug}/`)
        ?.document.querySelectorAll('[data-order-warning]').length ?? -1;
    expect(
      ['cross-entropy', 'kl-divergence', 'cross-entropy-loss', 'comparison'].map(count),
    ).toEqual([1, 1, 1, 1]);
  });
});
