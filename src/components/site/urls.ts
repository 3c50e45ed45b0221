/**
 * Internal URLs, always under the site's base path (`import.meta.env.BASE_URL`, e.g. `/` or
 * `/surprisal/`), with the trailing slash the site uses. Links written by hand in MDX do not
 * get the base, so pages and lessons build every internal link with these.
 * A path whose last segment has a dot (`favicon.svg`) is a file and gets no trailing slash.
 */
export function sitePath(path = ''): string {
  const base = import.meta.env.BASE_URL.endsWith('/')
    ? import.meta.env.BASE_URL
    : `${import.meta.env.BASE_URL}/`;
  const trimmed = path.replace(/^\/+/, '');
  if (trimmed === '') return base;
  const isFile = /\.[a-z0-9]+$/i.test(trimmed);
  return trimmed.endsWith('/') || trimmed.includes('#') || isFile
    ? base + trimmed
    : `${base}${trimmed}/`;
}

/** `/BASE/lessons/SLUG/`, optionally with `#section`. */
export function lessonPath(slug: string, section?: string): string {
  const path = sitePath(`lessons/${slug}/`);
  return section === undefined ? path : `${path}#${section}`;
}
