// Published ids keep working: every section id, widget id, kind and parameter name listed in
// tests/published-ids.json is still in the built site. New ids are printed so they can be added
// with `npm run ids:update`.
import { describe, expect, inject, it } from 'vitest';
import { idsOfSite, readPublishedIds, unlistedIds } from './published-ids.ts';
import { basePath, loadBuiltPages } from './site-pages.ts';

const pages = loadBuiltPages(inject('distDir'));
const published = readPublishedIds();
const current = idsOfSite(pages);
const documents = new Map(pages.map((page) => [page.path.slice(basePath().length), page.document]));

describe.each(Object.entries(published.pages))('published ids of %s', (path, listed) => {
  const document = documents.get(path);

  it('the page still exists', () => {
    expect(document, `no built page at ${path}`).toBeDefined();
  });

  it('every listed section id still exists (a renamed section keeps its old id)', () => {
    const missing = listed.sections.filter((id) => document?.getElementById(id) == null);
    expect(missing).toEqual([]);
  });

  it('every listed widget keeps its id, kind and parameter names', () => {
    const problems: string[] = [];
    for (const [id, widget] of Object.entries(listed.widgets)) {
      const now = current[path]?.widgets[id];
      if (now === undefined) problems.push(`widget #${id} is missing`);
      else if (now.kind !== widget.kind)
        problems.push(`#${id} is a ${now.kind}, was a ${widget.kind}`);
      else
        for (const param of widget.params.filter((p) => !now.params.includes(p)))
          problems.push(`#${id} lost ${param}`);
    }
    expect(problems).toEqual([]);
  });
});

it('lists the ids the site publishes (prints those not yet listed)', () => {
  const unlisted = unlistedIds(published, current);
  if (unlisted.length > 0) {
    console.info(
      `Not yet in tests/published-ids.json (add with \`npm run ids:update\`):\n  ${unlisted.join('\n  ')}`,
    );
  }
  expect(
    Object.keys(published.pages).length,
    'tests/published-ids.json lists no page',
  ).toBeGreaterThan(0);
});
