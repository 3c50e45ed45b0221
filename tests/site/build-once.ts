// Vitest global setup of the `site` project: one build per run, its folder given to the tests
// as `inject('distDir')`.
import type { TestProject } from 'vitest/node';
import { buildSiteOnce } from './build-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('distDir', buildSiteOnce());
}
