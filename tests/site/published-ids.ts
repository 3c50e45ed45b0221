/**
 * Published ids: the section ids and widget instances (id, kind, URL parameter names) of each
 * lesson page, its exercises (kind `exercise`), its code cells (kind `cell`) and its linked pair
 * (kind `pair-link`), which links from instructors depend on. `tests/published-ids.json` holds every id
 * ever published; it may grow, never lose an entry.
 *
 * Page keys are URL paths without the base path (`lessons/entropy/`), so the list does not
 * depend on where the site is deployed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { basePath, lessonPages, type BuiltPage } from './site-pages.ts';

export interface PublishedWidget {
  readonly kind: string;
  readonly params: readonly string[];
}

export interface PublishedPage {
  readonly sections: readonly string[];
  readonly widgets: Readonly<Record<string, PublishedWidget>>;
}

export interface PublishedIds {
  readonly pages: Readonly<Record<string, PublishedPage>>;
}

export const publishedIdsFile = fileURLToPath(new URL('../published-ids.json', import.meta.url));

export function readPublishedIds(): PublishedIds {
  return JSON.parse(readFileSync(publishedIdsFile, 'utf8')) as PublishedIds;
}

/** Writes the list formatted as the project's Prettier config says (so `prettier --check` passes). */
export async function writePublishedIds(ids: PublishedIds): Promise<void> {
  const options = (await resolveConfig(publishedIdsFile)) ?? {};
  writeFileSync(
    publishedIdsFile,
    await format(JSON.stringify(ids), { ...options, filepath: publishedIdsFile }),
  );
}

/** Parameter names of a widget, from its server-rendered state `ID.param=value&…`. */
function widgetParams(figure: Element): string[] {
  const initial = figure.querySelector('[data-initial]')?.getAttribute('data-initial') ?? '';
  return [...new URLSearchParams(initial).keys()].map((key) => key.slice(key.indexOf('.') + 1));
}

/**
 * What one built lesson page publishes now, plus every element id it answers to (`anchors`): a
 * renamed section keeps its old id on an alias element beside the heading, so a published section
 * id is kept when any element still carries it, as `#id` in a link would find it.
 */
export interface BuiltPageIds extends PublishedPage {
  readonly anchors: readonly string[];
}

/** What one built lesson page publishes now (section headings, widgets) and the ids it answers to. */
export function idsOfPage(page: BuiltPage): BuiltPageIds {
  const sections = [...page.document.querySelectorAll('main h2[id], main h3[id]')]
    .filter((heading) => !heading.closest('figure[data-widget]'))
    .map((heading) => heading.id);
  const widgets: Record<string, PublishedWidget> = {};
  for (const figure of page.document.querySelectorAll('figure[data-widget][id]')) {
    widgets[figure.id] = {
      kind: figure.getAttribute('data-widget') ?? '',
      params: widgetParams(figure),
    };
  }
  // A lesson's linked pair is addressed like a widget (`pair.p=…&pair.q=…`): listed as one.
  for (const toggle of page.document.querySelectorAll('input[data-pair-link-toggle]')) {
    const id = toggle.getAttribute('data-pair-link') ?? '';
    widgets[id] = { kind: 'pair-link', params: ['p', 'q'] };
  }
  // An exercise is addressed like a widget (`exercise.ID.seed=17`): listed by its id, kind
  // `exercise`, with `seed` when it draws numbers.
  for (const form of page.document.querySelectorAll('form[data-exercise]')) {
    const id = form.getAttribute('data-exercise') ?? '';
    widgets[id] = { kind: 'exercise', params: form.hasAttribute('data-seeded') ? ['seed'] : [] };
  }
  // A code cell is addressed like a widget (`cell.ID.code=…`, shared code): kind `cell`.
  for (const cell of page.document.querySelectorAll('[data-cell]')) {
    widgets[cell.getAttribute('data-cell') ?? ''] = { kind: 'cell', params: ['code'] };
  }
  const anchors = [...page.document.querySelectorAll('[id]')].map((element) => element.id);
  return { sections, widgets, anchors };
}

/** Lesson pages of a build, keyed like the published list. */
export function idsOfSite(pages: readonly BuiltPage[]): Record<string, BuiltPageIds> {
  return Object.fromEntries(
    lessonPages(pages).map((page) => [page.path.slice(basePath().length), idsOfPage(page)]),
  );
}

/** Union of the published list and the current build: old entries kept in order, new ones appended. */
export function mergeIds(
  published: PublishedIds,
  current: Record<string, PublishedPage>,
): PublishedIds {
  const pages: Record<string, PublishedPage> = { ...published.pages };
  for (const [path, now] of Object.entries(current)) {
    const before = pages[path] ?? { sections: [], widgets: {} };
    const widgets: Record<string, PublishedWidget> = { ...before.widgets };
    for (const [id, widget] of Object.entries(now.widgets)) {
      const params = [...(widgets[id]?.params ?? [])];
      for (const param of widget.params) if (!params.includes(param)) params.push(param);
      widgets[id] = { kind: widgets[id]?.kind ?? widget.kind, params };
    }
    const sections = [
      ...before.sections,
      ...now.sections.filter((id) => !before.sections.includes(id)),
    ];
    pages[path] = { sections, widgets };
  }
  return { pages };
}

/** How a build differs from the published list; both empty when the build keeps its promises. */
export interface IdComparison {
  /** Published ids the build lost, as readable lines (`lessons/x/#id (section)`). */
  readonly missing: readonly string[];
  /** Ids the build publishes that the list lacks, as readable lines. */
  readonly unlisted: readonly string[];
}

/** Published ids the build no longer has: a page, a section id, a widget, its kind or a parameter. */
function missingIds(published: PublishedIds, current: Record<string, BuiltPageIds>): string[] {
  const lines: string[] = [];
  for (const [path, listed] of Object.entries(published.pages)) {
    const now = current[path];
    if (now === undefined) {
      lines.push(`${path} (page no longer built)`);
      continue;
    }
    for (const id of listed.sections)
      if (!now.anchors.includes(id)) lines.push(`${path}#${id} (section)`);
    for (const [id, widget] of Object.entries(listed.widgets)) {
      const built = now.widgets[id];
      if (built === undefined) lines.push(`${path}#${id} (${widget.kind} widget)`);
      else if (built.kind !== widget.kind)
        lines.push(`${path}#${id} (a ${built.kind} widget now, was a ${widget.kind})`);
      else
        for (const param of widget.params.filter((name) => !built.params.includes(name)))
          lines.push(`${path}#${id} (parameter ${id}.${param})`);
    }
  }
  return lines;
}

/** Ids in the build that the published list lacks: a new page, section, widget or parameter. */
function unlistedIds(published: PublishedIds, current: Record<string, PublishedPage>): string[] {
  const lines: string[] = [];
  for (const [path, now] of Object.entries(current)) {
    const listed = published.pages[path];
    for (const id of now.sections)
      if (!listed?.sections.includes(id)) lines.push(`${path}#${id} (section)`);
    for (const [id, widget] of Object.entries(now.widgets)) {
      const params = widget.params.filter((param) => !listed?.widgets[id]?.params.includes(param));
      if (listed?.widgets[id] === undefined)
        lines.push(`${path}#${id} (${widget.kind} widget: ${widget.params.join(', ')})`);
      else if (params.length > 0) lines.push(`${path}#${id} (new params: ${params.join(', ')})`);
    }
  }
  return lines;
}

/** Compares the published list with a build, both ways. */
export function compareIds(
  published: PublishedIds,
  current: Record<string, BuiltPageIds>,
): IdComparison {
  return { missing: missingIds(published, current), unlisted: unlistedIds(published, current) };
}
