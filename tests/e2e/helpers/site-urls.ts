/**
 * The pages the browser suite visits: every `<loc>` of `sitemap-0.xml` rewritten to the local
 * server, plus `404.html` and every `/embed/ID/` page of the build (whether or not listed).
 * Also builds lesson URLs: `lessonUrl(origin, base, 'entropy', '?x=1#y')`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function sitePageUrls(distDir: string, origin: string, basePath: string): string[] {
  const sitemap = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => {
    const listed = new URL(match[1] ?? '');
    return origin + listed.pathname;
  });
  if (existsSync(join(distDir, '404.html'))) urls.push(`${origin}${basePath}404.html`);
  const embedDir = join(distDir, 'embed');
  if (existsSync(embedDir)) {
    for (const id of readdirSync(embedDir)) {
      if (existsSync(join(embedDir, id, 'index.html')))
        urls.push(`${origin}${basePath}embed/${id}/`);
    }
  }
  return [...new Set(urls)];
}

export function lessonUrl(origin: string, basePath: string, slug: string, suffix = ''): string {
  return `${origin}${basePath}lessons/${slug}/${suffix}`;
}
