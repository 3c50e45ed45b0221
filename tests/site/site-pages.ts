/**
 * The built site as parsed documents, for the checks in `tests/site`.
 *
 * Every `*.html` file under the output folder becomes a page whose `path` is the URL path it is
 * served at: `BASE_PATH` (default `/`) + the file's folder with a trailing slash
 * (`lessons/entropy/index.html` → `/lessons/entropy/`), or the file name for other files
 * (`404.html` → `/404.html`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { JSDOM } from 'jsdom';

export interface BuiltPage {
  /** URL path, including the base path. */
  readonly path: string;
  /** File path relative to the output folder, with `/` separators. */
  readonly file: string;
  readonly html: string;
  readonly document: Document;
}

/** The site's base path with leading and trailing slashes (`/`, `/sub/`). */
export function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/';
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The site's origin (`SITE_URL`, default Astro's dev origin). */
export function siteOrigin(): string {
  return new URL(process.env.SITE_URL ?? 'http://localhost:4321').origin;
}

/** URL path of a built file (relative, `/`-separated). */
export function pathOfFile(file: string): string {
  const page = file.endsWith('index.html') ? file.slice(0, -'index.html'.length) : file;
  return basePath() + page;
}

/** Every HTML file of the built site, parsed. */
export function loadBuiltPages(outDir: string): BuiltPage[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const file = relative(outDir, join(outDir, name)).split(sep).join('/');
      const html = readFileSync(join(outDir, name), 'utf8');
      return { path: pathOfFile(file), file, html, document: new JSDOM(html).window.document };
    });
}

/** Lesson pages: those served under `BASE/lessons/SLUG/`. */
export function lessonPages(pages: readonly BuiltPage[]): BuiltPage[] {
  const prefix = `${basePath()}lessons/`;
  return pages.filter((page) => page.path.startsWith(prefix) && page.path.length > prefix.length);
}
