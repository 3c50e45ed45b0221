import { describe, expect, it } from 'vitest';
import type { WidgetDeclaration } from '../../../src/components/kit/declaration.ts';
import {
  checkWidgetFolders,
  componentFileName,
  WidgetFolderError,
  type WidgetFolderGlobs,
} from '../../../src/components/kit/widget-folders.ts';

const declaration = (kind: string, fields: Partial<WidgetDeclaration> = {}): WidgetDeclaration => ({
  kind,
  title: 'A title',
  lessonSlug: 'entropy',
  summary: 'One line.',
  params: ['p'],
  example: { p: '0.5' },
  ...fields,
});

type Globs = { [K in keyof WidgetFolderGlobs]: Record<string, unknown> };

/** Globs as Vite gives them for complete widget folders of these kinds. */
function completeFolders(...kinds: string[]): Globs {
  const globs: Globs = { declarations: {}, components: {}, clients: {} };
  for (const kind of kinds) {
    globs.declarations[`../widgets/${kind}/widget.ts`] = { declaration: declaration(kind) };
    globs.components[`../widgets/${kind}/${componentFileName(kind)}`] = 'component';
    globs.clients[`../widgets/${kind}/client.ts`] = () => Promise.resolve({});
  }
  return globs;
}

function problemsOf(globs: WidgetFolderGlobs): string {
  try {
    checkWidgetFolders(globs);
  } catch (error) {
    expect(error).toBeInstanceOf(WidgetFolderError);
    return (error as Error).message;
  }
  throw new Error('checkWidgetFolders did not throw');
}

describe('componentFileName(kind)', () => {
  it('is the PascalCase kind with .astro', () => {
    expect(componentFileName('kl-fit')).toBe('KlFit.astro');
    expect(componentFileName('cross-entropy-explorer')).toBe('CrossEntropyExplorer.astro');
  });
});

describe('checkWidgetFolders(globs)', () => {
  it('returns the declarations of complete folders, sorted by kind', () => {
    const kinds = checkWidgetFolders(completeFolders('kl-fit', 'binary-entropy')).map(
      ({ kind }) => kind,
    );
    expect(kinds).toEqual(['binary-entropy', 'kl-fit']);
  });

  it('ignores other .astro files and a folder of helpers with no widget files', () => {
    const globs = completeFolders('kl-fit');
    globs.components['../widgets/kl-fit/FittedParameters.astro'] = 'component';
    globs.components['../widgets/shared/Legend.astro'] = 'component';
    expect(checkWidgetFolders(globs)).toHaveLength(1);
  });

  it('fails for a declaration without client.ts, naming the folder and the element', () => {
    const globs = completeFolders('kl-fit', 'gaussian-kl');
    delete globs.clients['../widgets/gaussian-kl/client.ts'];
    expect(problemsOf(globs)).toContain(
      'gaussian-kl: no client.ts: the loader imports it to define <gaussian-kl-widget>',
    );
  });

  it('fails for a declaration without its PascalKind.astro component', () => {
    const globs = completeFolders('gaussian-kl');
    delete globs.components['../widgets/gaussian-kl/GaussianKl.astro'];
    globs.components['../widgets/gaussian-kl/GaussianKL.astro'] = 'component';
    expect(problemsOf(globs)).toContain('gaussian-kl: no GaussianKl.astro');
  });

  it('fails for a declaration whose kind is not its folder name', () => {
    const globs = completeFolders('kl-fit');
    globs.declarations['../widgets/kl-fit/widget.ts'] = { declaration: declaration('kl-fitting') };
    expect(problemsOf(globs)).toContain(
      'kl-fit: widget.ts declares kind "kl-fitting", but a widget\'s kind is its folder name ("kl-fit")',
    );
  });

  it('fails for client.ts or a component without widget.ts', () => {
    const globs = completeFolders('kl-fit');
    delete globs.declarations['../widgets/kl-fit/widget.ts'];
    expect(problemsOf(globs)).toContain(
      'kl-fit: no widget.ts; declare the widget there with defineWidget',
    );
  });

  it('fails for a widget.ts that exports no declaration', () => {
    const globs = completeFolders('kl-fit');
    globs.declarations['../widgets/kl-fit/widget.ts'] = { widget: declaration('kl-fit') };
    expect(problemsOf(globs)).toContain('kl-fit: widget.ts must export `declaration`');
  });

  it('fails for an empty title, a summary of two lines and a lesson slug that is no slug', () => {
    const globs = completeFolders('kl-fit');
    globs.declarations['../widgets/kl-fit/widget.ts'] = {
      declaration: declaration('kl-fit', {
        title: ' ',
        summary: 'One.\nTwo.',
        lessonSlug: 'KL Divergence',
      }),
    };
    const message = problemsOf(globs);
    expect(message).toContain('kl-fit: the title is empty');
    expect(message).toContain('kl-fit: the summary must be one line of text');
    expect(message).toContain('kl-fit: lessonSlug "KL Divergence" is not a lesson slug');
  });

  it('lists the problems of every folder in one error', () => {
    const globs = completeFolders('kl-fit', 'gaussian-kl');
    delete globs.clients['../widgets/kl-fit/client.ts'];
    delete globs.components['../widgets/gaussian-kl/GaussianKl.astro'];
    const lines = problemsOf(globs).split('\n');
    expect(lines[0]).toBe('Incomplete widget folders in src/components/widgets/:');
    expect(lines.slice(1)).toHaveLength(2);
  });
});
