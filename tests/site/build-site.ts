/**
 * Builds the site once for the checks on the built HTML (`tests/site`) and the browser suite
 * (`tests/e2e`), with Astro's programmatic `build()`.
 *
 * Output folder: `SITE_DIST` (absolute, or relative to the project root), default `dist`.
 * `SKIP_BUILD=1` reuses an existing output folder instead of building again.
 *
 * The build runs in a child Node process so Astro's Vite server stays apart from the test
 * runner's own Vite server (Astro's plugins would otherwise also apply to the runner).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Absolute path of the built site. */
export function distDir(): string {
  return resolve(projectRoot, process.env.SITE_DIST ?? 'dist');
}

/** Builds into {@link distDir} unless `SKIP_BUILD=1` and the folder exists; returns the folder. */
export function buildSiteOnce(): string {
  const outDir = distDir();
  if (process.env.SKIP_BUILD === '1' && existsSync(outDir)) return outDir;
  return buildSiteInto(outDir);
}

/** Builds into `outDir` (absolute), with `env` added to the environment (e.g. `BASE_PATH`). */
export function buildSiteInto(outDir: string, env: Readonly<Record<string, string>> = {}): string {
  runBuild(outDir, env, 'inherit');
  return outDir;
}

/** Like {@link buildSiteInto}, and gives back what the build wrote (its warnings included). */
export function buildSiteWithLog(
  outDir: string,
  env: Readonly<Record<string, string>> = {},
): string {
  return runBuild(outDir, env, 'pipe');
}

function runBuild(
  outDir: string,
  env: Readonly<Record<string, string>>,
  stdio: 'inherit' | 'pipe',
): string {
  const script = `import { build } from 'astro';
await build({ root: ${JSON.stringify(projectRoot)}, outDir: ${JSON.stringify(outDir)}, logLevel: 'warn' });`;
  // Vite's own variables, which a test worker has in its environment (BASE_URL = '/', MODE…),
  // would override the build's: the build gets the environment without them.
  const viteVariables = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !viteVariables.has(name)),
  );
  const result = spawnSync(process.execPath, ['--input-type=module', '--eval', script], {
    cwd: projectRoot,
    env: { ...inherited, ...env },
    stdio,
    encoding: 'utf8',
  });
  const log = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) throw new Error(`the build failed (exit ${result.status}):\n${log}`);
  return log;
}
