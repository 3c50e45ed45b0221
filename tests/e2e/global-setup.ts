// Global setup of the browser suite: build the site once (unless SKIP_BUILD=1), serve it on
// 127.0.0.1, and give the tests its origin, base path and output folder.
import type { TestProject } from 'vitest/node';
import { buildSiteOnce } from '../site/build-site.ts';
import { basePath } from '../site/site-pages.ts';
import { startStaticServer } from './helpers/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:PORT` serving the built site. */
    origin: string;
    /** The site's base path, `/` or `/sub/`. */
    basePath: string;
    distDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const distDir = buildSiteOnce();
  const server = await startStaticServer(distDir, basePath());
  project.provide('origin', server.origin);
  project.provide('basePath', basePath());
  project.provide('distDir', distDir);
  return () => server.close();
}
