/**
 * Published ids: the section ids and widget instances (id, kind, URL parameter names) of each
 * lesson page, which links from instructors depend on. `tests/published-ids.json` holds every id
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

/** What one built lesson page publishes now. */
export function idsOfPage(page: BuiltPage): PublishedPage {
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
  return { sections, widgets };
}

/** Lesson pages of a build, keyed like the published list. */
export function idsOfSite(pages: readonly BuiltPage[]): Record<string, PublishedPage> {
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

/** Ids in the build that the published list lacks, as readable lines (`lessons/x/#id`). */
export function unlistedIds(
  published: PublishedIds,
  current: Record<string, PublishedPage>,
): string[] {
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
