/**
 * The instructors' catalog of one lesson: its sections, widget instances, exercises and code
 * cells, each with the link an instructor can hand out, from what the lesson's MDX places
 * (`lesson-inventory.ts`), the sections the build recorded for it, the widgets' declarations
 * and the exercise sets. Pure: every input is passed in, so a test can feed it a made-up lesson.
 */
import type { WidgetDeclaration } from '../kit/declaration.ts';
import type { SectionEntry } from '../../plugins/remark-section-headings.ts';
import { lessonInventory } from './lesson-inventory.ts';

/** The seed the example links of seeded exercises carry. */
export const EXAMPLE_SEED = 17;

export interface CatalogWidget {
  readonly id: string;
  readonly kind: string;
  readonly title: string;
  readonly summary: string;
  /** The section it sits in, if any. */
  readonly section?: SectionEntry;
  /** The lesson, the widget in its example state, scrolled to it (none off the lessons). */
  readonly link?: string;
  /** The widget alone, in its example state, for an iframe. */
  readonly embed: string;
}

export interface CatalogExercise {
  readonly id: string;
  readonly seeded: boolean;
  readonly section?: SectionEntry;
  /** The lesson scrolled to the exercise, with `EXAMPLE_SEED` when it draws numbers. */
  readonly link: string;
}

export interface CatalogCell {
  readonly id: string;
  readonly comment?: string;
  readonly section?: SectionEntry;
  readonly link: string;
}

export interface LessonCatalog {
  readonly slug: string;
  /** The lesson page. */
  readonly link: string;
  readonly sections: readonly (SectionEntry & { readonly link: string })[];
  readonly widgets: readonly CatalogWidget[];
  readonly exercises: readonly CatalogExercise[];
  readonly cells: readonly CatalogCell[];
}

export interface CatalogSources {
  readonly slug: string;
  /** The lesson's MDX source. */
  readonly body: string;
  /** Its h2/h3 sections as the build recorded them (ids), in order. */
  readonly sections: readonly SectionEntry[];
  readonly declarations: readonly WidgetDeclaration[];
  /** Whether exercise `id` draws numbers from a seed; undefined for an unknown id. */
  readonly exerciseSeeded: (id: string) => boolean | undefined;
  /** `/BASE/lessons/SLUG/`. */
  readonly lessonPath: (slug: string) => string;
  /** `/BASE/embed/KIND/`. */
  readonly embedPath: (kind: string) => string;
}

/** Thrown at build time when a lesson places something the site does not know. */
export class LessonCatalogError extends Error {
  override name = 'LessonCatalogError';
}

/** `?…` from pairs, with commas left readable (as the widgets' own "Copy link" writes them). */
function query(pairs: readonly (readonly [string, string])[]): string {
  if (pairs.length === 0) return '';
  return `?${new URLSearchParams(pairs.map(([key, value]) => [key, value])).toString().replaceAll('%2C', ',')}`;
}

function stateQuery(id: string, declaration: WidgetDeclaration): string {
  return query(
    Object.entries(declaration.example).map(([name, value]) => [`${id}.${name}`, value]),
  );
}

export function lessonCatalog(sources: CatalogSources): LessonCatalog {
  const { slug, body, sections, declarations } = sources;
  const inventory = lessonInventory(body);
  if (inventory.headings.length !== sections.length)
    throw new LessonCatalogError(
      `lesson "${slug}": ${inventory.headings.length} h2/h3 headings in its source, ` +
        `${sections.length} sections built`,
    );
  const page = sources.lessonPath(slug);
  const sectionAt = (index: number): SectionEntry | undefined => sections[index];

  const widgets = inventory.widgets.map((use): CatalogWidget => {
    const declaration = declarations.find((candidate) => candidate.kind === use.kind);
    if (declaration === undefined)
      throw new LessonCatalogError(`lesson "${slug}": no widget declares kind "${use.kind}"`);
    const section = sectionAt(use.section);
    return {
      id: use.id,
      kind: use.kind,
      title: declaration.title,
      summary: declaration.summary,
      ...(section && { section }),
      link: `${page}${stateQuery(use.id, declaration)}#${use.id}`,
      embed: `${sources.embedPath(use.kind)}${stateQuery(use.kind, declaration)}`,
    };
  });

  const exercises = inventory.exercises.map((use): CatalogExercise => {
    const seeded = sources.exerciseSeeded(use.id);
    if (seeded === undefined)
      throw new LessonCatalogError(`lesson "${slug}": no exercise "${use.id}" in the sets`);
    const section = sectionAt(use.section);
    const seed = seeded ? query([[`exercise.${use.id}.seed`, String(EXAMPLE_SEED)]]) : '';
    return {
      id: use.id,
      seeded,
      ...(section && { section }),
      link: `${page}${seed}#exercise-${use.id}`,
    };
  });

  const cells = inventory.cells.map((use): CatalogCell => {
    const section = sectionAt(use.section);
    return {
      id: use.id,
      ...(use.comment !== undefined && { comment: use.comment }),
      ...(section && { section }),
      link: `${page}#cell-${use.id}`,
    };
  });

  return {
    slug,
    link: page,
    sections: sections.map((section) => ({ ...section, link: `${page}#${section.id}` })),
    widgets,
    exercises,
    cells,
  };
}

/**
 * Widgets that no lesson places (a widget of the home page, say): each with its embed page in
 * its example state, so that every embeddable widget is listed.
 */
export function widgetsOffLessons(
  declarations: readonly WidgetDeclaration[],
  catalogs: readonly LessonCatalog[],
  embedPath: (kind: string) => string,
): CatalogWidget[] {
  const placed = new Set(catalogs.flatMap((catalog) => catalog.widgets.map(({ kind }) => kind)));
  return declarations
    .filter((declaration) => !placed.has(declaration.kind))
    .map((declaration) => ({
      id: declaration.kind,
      kind: declaration.kind,
      title: declaration.title,
      summary: declaration.summary,
      embed: `${embedPath(declaration.kind)}${stateQuery(declaration.kind, declaration)}`,
    }));
}
