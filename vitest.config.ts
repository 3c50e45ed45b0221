/// <reference types="vitest/config" />
// `npm test`: four Vitest projects. Astro's Vite setup is the base so `.astro` components and
// `astro:content` compile in the component and content tests. Files that need a DOM say so with
// `// @vitest-environment jsdom`; the default environment is Node.
import { existsSync, readdirSync } from 'node:fs';
import { getViteConfig } from 'astro/config';

/** Type tests (`expectTypeOf` in `tests/**\/*.test-d.ts`) are checked only when some exist. */
function hasTypeTests(dir: URL): boolean {
  if (!existsSync(dir)) return false;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((file) =>
    file.endsWith('.test-d.ts'),
  );
}

export default getViteConfig({
  test: {
    // Generous: tests that parse the whole built site, or render components, take seconds
    // on a busy two-core machine; a timeout there says nothing about the code.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'lib',
          include: ['tests/lib/**/*.test.ts'],
          environment: 'node',
          typecheck: {
            enabled: hasTypeTests(new URL('./tests/', import.meta.url)),
            include: ['tests/**/*.test-d.ts'],
            // only the type tests and what they import: tsc cannot resolve `.astro` modules
            tsconfig: 'tests/types/tsconfig.json',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          include: ['tests/components/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: { name: 'content', include: ['tests/content/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/site/build-once.ts'],
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
