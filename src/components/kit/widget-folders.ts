/**
 * The check behind the widget catalog: from the files Vite's `import.meta.glob` found in
 * `src/components/widgets/KIND/`, the site's widgets, or one error that names every incomplete
 * folder. A widget folder holds `widget.ts` (its declaration), `client.ts` (the custom element
 * the loader imports) and `PascalKind.astro` (the server render); with some but not all of them
 * the widget would be missing from the embed pages or never come alive, so the build stops.
 * Pure (the globs are passed in), so a test can feed it fake folders.
 */
import type { WidgetDeclaration } from './declaration.ts';

/** What the globs found, keyed by path as Vite gives it (`../widgets/KIND/FILE`). */
export interface WidgetFolderGlobs {
  /** `widget.ts` modules (eager), each exporting `declaration`. */
  readonly declarations: Readonly<Record<string, unknown>>;
  /** The `.astro` files (only their paths are read); the widget's is `PascalKind.astro`. */
  readonly components: Readonly<Record<string, unknown>>;
  /** The `client.ts` files (only their paths are read). */
  readonly clients: Readonly<Record<string, unknown>>;
}

/** Thrown (at build time) when a widget folder is incomplete. */
export class WidgetFolderError extends Error {
  override name = 'WidgetFolderError';
}

/** `kl-fit` → `KlFit.astro`: the file name of a widget's component. */
export function componentFileName(kind: string): string {
  const pascal = kind
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
  return `${pascal}.astro`;
}

/** Folder → file name → value, for the paths `…/widgets/FOLDER/FILE` of one glob. */
function byFolder<T>(glob: Readonly<Record<string, T>>): Map<string, Map<string, T>> {
  const folders = new Map<string, Map<string, T>>();
  for (const [path, value] of Object.entries(glob)) {
    const match = /(?:^|\/)widgets\/([^/]+)\/([^/]+)$/.exec(path);
    if (!match) throw new WidgetFolderError(`${path} is not in a widget folder (widgets/KIND/).`);
    const [, folder = '', file = ''] = match;
    const files = folders.get(folder) ?? new Map<string, T>();
    files.set(file, value);
    folders.set(folder, files);
  }
  return folders;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function isDeclaration(value: unknown): value is WidgetDeclaration {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, title, lessonSlug, summary, params } = value as Record<string, unknown>;
  return (
    [kind, title, lessonSlug, summary].every((field) => typeof field === 'string') &&
    Array.isArray(params) &&
    params.every((name) => typeof name === 'string')
  );
}

/** What is wrong with one folder's declaration and files (empty when nothing is). */
function folderProblems(
  folder: string,
  declared: unknown,
  hasComponent: boolean,
  hasClient: boolean,
): string[] {
  if (!isDeclaration(declared))
    return [
      `widget.ts must export \`declaration\`: export const declaration = defineWidget({ model, title, lessonSlug, summary })`,
    ];
  const problems: string[] = [];
  if (declared.kind !== folder)
    problems.push(
      `widget.ts declares kind "${declared.kind}", but a widget's kind is its folder name ("${folder}")`,
    );
  if (!hasClient) problems.push(`no client.ts: the loader imports it to define <${folder}-widget>`);
  if (!hasComponent) problems.push(`no ${componentFileName(folder)}: the server render`);
  if (declared.title.trim() === '') problems.push('the title is empty');
  if (declared.summary.trim() === '' || /\n/.test(declared.summary))
    problems.push('the summary must be one line of text');
  if (!SLUG.test(declared.lessonSlug))
    problems.push(`lessonSlug "${declared.lessonSlug}" is not a lesson slug`);
  return problems;
}

/**
 * The declarations of the widgets found in the globs, by kind.
 * @throws {WidgetFolderError} a folder has a declaration but no client.ts or component (or
 *   either of those without a declaration), or declares a kind other than its name
 */
export function checkWidgetFolders(globs: WidgetFolderGlobs): WidgetDeclaration[] {
  const declarations = byFolder(globs.declarations);
  const components = byFolder(globs.components);
  const clients = byFolder(globs.clients);
  const folders = [...new Set([...declarations.keys(), ...components.keys(), ...clients.keys()])];
  const found: WidgetDeclaration[] = [];
  const problems: string[] = [];
  for (const folder of folders.sort()) {
    const module = declarations.get(folder)?.get('widget.ts');
    const hasComponent = components.get(folder)?.has(componentFileName(folder)) ?? false;
    const hasClient = clients.get(folder)?.has('client.ts') ?? false;
    if (module === undefined) {
      if (hasClient || hasComponent)
        problems.push(`${folder}: no widget.ts; declare the widget there with defineWidget`);
      continue; // a folder of helpers only, not a widget
    }
    const declared = (module as { declaration?: unknown }).declaration;
    const folderErrors = folderProblems(folder, declared, hasComponent, hasClient);
    problems.push(...folderErrors.map((problem) => `${folder}: ${problem}`));
    if (folderErrors.length === 0) found.push(declared as WidgetDeclaration);
  }
  if (problems.length > 0)
    throw new WidgetFolderError(
      `Incomplete widget folders in src/components/widgets/:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  return found;
}
