// A lesson's catalog: links for its sections, widgets (example state), exercises and cells.
import { describe, expect, it } from 'vitest';
import type { WidgetDeclaration } from '../../../src/components/kit/declaration.ts';
import {
  EXAMPLE_SEED,
  LessonCatalogError,
  lessonCatalog,
  type CatalogSources,
} from '../../../src/components/instructors/lesson-catalog.ts';
import type { SectionEntry } from '../../../src/plugins/remark-section-headings.ts';

const body = `import Fit from '../../src/components/widgets/fit/Fit.astro';

## Start

<Fit id="my-fit" />

## Check

<Exercise id="drawn" />
<Exercise id="fixed" />
<Cell id="try" code={\`// Try it.
1\`} />
`;

const section = (id: string): SectionEntry => ({
  depth: 2,
  id,
  parts: [{ kind: 'text', value: id }],
});

const fit: WidgetDeclaration = {
  kind: 'fit',
  title: 'Fit',
  lessonSlug: 'demo',
  summary: 'Fits.',
  params: ['p', 'q'],
  example: { p: '0.2,0.8', q: '0.5,0.5' },
};

const sources: CatalogSources = {
  slug: 'demo',
  body,
  sections: [section('start'), section('check')],
  declarations: [fit],
  exerciseSeeded: (id) => (id === 'drawn' ? true : id === 'fixed' ? false : undefined),
  lessonPath: (slug) => `/base/lessons/${slug}/`,
  embedPath: (kind) => `/base/embed/${kind}/`,
};

describe('lessonCatalog(sources)', () => {
  const catalog = lessonCatalog(sources);

  it('links every section', () => {
    expect(catalog.sections.map((entry) => entry.link)).toEqual([
      '/base/lessons/demo/#start',
      '/base/lessons/demo/#check',
    ]);
  });

  it('links each widget instance in its example state, on the lesson and alone', () => {
    const [widget] = catalog.widgets;
    expect(widget?.link).toBe('/base/lessons/demo/?my-fit.p=0.2,0.8&my-fit.q=0.5,0.5#my-fit');
    expect(widget?.embed).toBe('/base/embed/fit/?fit.p=0.2,0.8&fit.q=0.5,0.5');
    expect(widget?.section?.id).toBe('start');
  });

  it('gives a seeded exercise a seed in its link, and every exercise its anchor', () => {
    expect(catalog.exercises.map((entry) => entry.link)).toEqual([
      `/base/lessons/demo/?exercise.drawn.seed=${EXAMPLE_SEED}#exercise-drawn`,
      '/base/lessons/demo/#exercise-fixed',
    ]);
  });

  it('links each cell', () => {
    expect(catalog.cells).toEqual([
      {
        id: 'try',
        comment: 'Try it.',
        section: section('check'),
        link: '/base/lessons/demo/#cell-try',
      },
    ]);
  });

  it('fails on a widget, an exercise or a section count the site does not know', () => {
    expect(() => lessonCatalog({ ...sources, declarations: [] })).toThrow(LessonCatalogError);
    expect(() => lessonCatalog({ ...sources, exerciseSeeded: () => undefined })).toThrow(
      LessonCatalogError,
    );
    expect(() => lessonCatalog({ ...sources, sections: [section('start')] })).toThrow(
      LessonCatalogError,
    );
  });
});
