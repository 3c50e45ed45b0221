// Published ids keep working, and the list of them stays complete. Against the built site: every
// page, section id, widget id, kind and parameter name in tests/published-ids.json is still
// there, and every one the site now publishes is in the list (add new ones with
// `npm run ids:update`). Below that, `compareIds` is fed small fake sites and lists, to show that
// each way of breaking the promise makes it report.
import { JSDOM } from 'jsdom';
import { describe, expect, inject, it } from 'vitest';
import { compareIds, idsOfSite, readPublishedIds, type PublishedIds } from './published-ids.ts';
import { basePath, loadBuiltPages, type BuiltPage } from './site-pages.ts';

describe('the built site and tests/published-ids.json', () => {
  const published = readPublishedIds();
  const current = idsOfSite(loadBuiltPages(inject('distDir')));
  const { missing, unlisted } = compareIds(published, current);

  it('compares something: the list names pages, the build has lesson pages with sections', () => {
    expect(Object.keys(published.pages), 'tests/published-ids.json lists no page').not.toEqual([]);
    expect(Object.keys(current), 'the build has no lesson page').not.toEqual([]);
    for (const [path, page] of Object.entries(current))
      expect(page.sections, `${path} has no section ids`).not.toEqual([]);
  });

  it('still has every published page, section id, widget id, kind and parameter name', () => {
    expect(
      missing,
      'published ids the site no longer has (a renamed section keeps its old id)',
    ).toEqual([]);
  });

  it('publishes no id that the list lacks', () => {
    expect(unlisted, 'not in tests/published-ids.json: add them with `npm run ids:update`').toEqual(
      [],
    );
  });
});

/** A built lesson page from its `<main>` markup, as `loadBuiltPages` would give it. */
function fakePage(slug: string, main: string): BuiltPage {
  const html = `<!doctype html><html><body><main>${main}</main></body></html>`;
  const file = `lessons/${slug}/index.html`;
  return {
    path: `${basePath()}lessons/${slug}/`,
    file,
    html,
    document: new JSDOM(html).window.document,
  };
}

const figure = (id: string, kind: string, initial: string): string =>
  `<figure data-widget="${kind}" id="${id}"><${kind}-widget data-initial="${initial}"></${kind}-widget>` +
  `<h3 id="${id}-inner">not a section</h3></figure>`;

/** The fake list: one page, two sections, one widget with two parameters. */
const list: PublishedIds = {
  pages: {
    'lessons/fake/': {
      sections: ['first', 'second'],
      widgets: { 'kl-explorer': { kind: 'kl-explorer', params: ['p', 'q'] } },
    },
  },
};

/** The fake site that keeps every promise of `list`. */
const keptMain =
  '<h2 id="first">First</h2><h3 id="second">Second</h3>' +
  figure('kl-explorer', 'kl-explorer', 'kl-explorer.p=0.5,0.5&amp;kl-explorer.q=0.75,0.25');

const compare = (...pages: BuiltPage[]) => compareIds(list, idsOfSite(pages));

describe('compareIds (fake site and list)', () => {
  it('finds nothing when the site has exactly the listed ids', () => {
    expect(compare(fakePage('fake', keptMain))).toEqual({ missing: [], unlisted: [] });
  });

  it('keeps a renamed section that still answers to its old id (an alias element)', () => {
    const renamed = keptMain.replace(
      '<h3 id="second">Second</h3>',
      '<span id="second" class="section-alias"></span><h3 id="second-part">Second part</h3>',
    );
    expect(compare(fakePage('fake', renamed))).toEqual({
      missing: [],
      unlisted: ['lessons/fake/#second-part (section)'],
    });
  });

  it('reports a published section id the site lost', () => {
    const renamed = keptMain.replace('id="second"', 'id="second-part"');
    expect(compare(fakePage('fake', renamed)).missing).toEqual(['lessons/fake/#second (section)']);
  });

  it('reports a published widget that is gone, changed kind or lost a parameter', () => {
    const gone = keptMain.replace(/<figure.*<\/figure>/, '');
    expect(compare(fakePage('fake', gone)).missing).toEqual([
      'lessons/fake/#kl-explorer (kl-explorer widget)',
    ]);
    const otherKind = keptMain.replace('data-widget="kl-explorer"', 'data-widget="gaussian-kl"');
    expect(compare(fakePage('fake', otherKind)).missing).toEqual([
      'lessons/fake/#kl-explorer (a gaussian-kl widget now, was a kl-explorer)',
    ]);
    const lostQ = keptMain.replace('&amp;kl-explorer.q=0.75,0.25', '');
    expect(compare(fakePage('fake', lostQ)).missing).toEqual([
      'lessons/fake/#kl-explorer (parameter kl-explorer.q)',
    ]);
  });

  it('lists a linked pair as a widget, and reports one the site lost', () => {
    const toggle = '<input type="checkbox" data-pair-link-toggle data-pair-link="pair">';
    const withLink: PublishedIds = {
      pages: {
        'lessons/fake/': {
          ...list.pages['lessons/fake/']!,
          widgets: {
            ...list.pages['lessons/fake/']!.widgets,
            pair: { kind: 'pair-link', params: ['p', 'q'] },
          },
        },
      },
    };
    expect(compareIds(withLink, idsOfSite([fakePage('fake', keptMain + toggle)]))).toEqual({
      missing: [],
      unlisted: [],
    });
    expect(compareIds(withLink, idsOfSite([fakePage('fake', keptMain)])).missing).toEqual([
      'lessons/fake/#pair (pair-link widget)',
    ]);
  });

  it('lists exercises as kind exercise, with seed when seeded, and reports one the site lost', () => {
    const forms =
      '<form data-exercise="die" data-unit="bits" data-seeded></form>' +
      '<form data-exercise="which" data-unit="none"></form>';
    const withExercises: PublishedIds = {
      pages: {
        'lessons/fake/': {
          ...list.pages['lessons/fake/']!,
          widgets: {
            ...list.pages['lessons/fake/']!.widgets,
            die: { kind: 'exercise', params: ['seed'] },
            which: { kind: 'exercise', params: [] },
          },
        },
      },
    };
    expect(compareIds(withExercises, idsOfSite([fakePage('fake', keptMain + forms)]))).toEqual({
      missing: [],
      unlisted: [],
    });
    const unseeded = forms.replace(' data-seeded', '');
    expect(
      compareIds(withExercises, idsOfSite([fakePage('fake', keptMain + unseeded)])).missing,
    ).toEqual(['lessons/fake/#die (parameter die.seed)']);
    expect(compareIds(withExercises, idsOfSite([fakePage('fake', keptMain)])).missing).toEqual([
      'lessons/fake/#die (exercise widget)',
      'lessons/fake/#which (exercise widget)',
    ]);
  });

  it('reports a published page that is no longer built', () => {
    expect(compare(fakePage('other', keptMain)).missing).toEqual([
      'lessons/fake/ (page no longer built)',
    ]);
  });

  it('reports a new section, widget, parameter or page that the list lacks', () => {
    const grown =
      keptMain.replace(
        'kl-explorer.q=0.75,0.25',
        'kl-explorer.q=0.75,0.25&amp;kl-explorer.base=2',
      ) +
      '<h2 id="third">Third</h2>' +
      figure('coding-game', 'coding-game', 'coding-game.seed=1');
    expect(compare(fakePage('fake', grown), fakePage('new', '<h2 id="intro">Intro</h2>'))).toEqual({
      missing: [],
      unlisted: [
        'lessons/fake/#third (section)',
        'lessons/fake/#kl-explorer (new params: base)',
        'lessons/fake/#coding-game (coding-game widget: seed)',
        'lessons/new/#intro (section)',
      ],
    });
  });
});
