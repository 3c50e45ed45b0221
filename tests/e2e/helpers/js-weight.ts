/**
 * JavaScript a page downloads: every response whose request is a script (or whose content type
 * is JavaScript), with its gzip size computed with node:zlib on the response body.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export interface ScriptLoad {
  readonly url: string;
  readonly gzipBytes: number;
}

function isJavaScript(response: Response): boolean {
  const type = response.headers()['content-type'] ?? '';
  return response.request().resourceType() === 'script' || /javascript/.test(type);
}

/** Starts recording; `loads()` waits for the bodies seen so far and lists them. */
export function recordScripts(page: Page): { loads(): Promise<ScriptLoad[]> } {
  const pending: Promise<ScriptLoad>[] = [];
  page.on('response', (response) => {
    if (!isJavaScript(response)) return;
    const load = response
      .body()
      .then((body) => ({ url: response.url(), gzipBytes: gzipSync(body).length }));
    // A script that arrives as the page closes (after the last `loads()`) rejects unobserved;
    // `loads()` itself still rejects if a body it waits for is lost.
    load.catch(() => undefined);
    pending.push(load);
  });
  return { loads: () => Promise.all(pending) };
}

export function totalGzipBytes(loads: readonly ScriptLoad[]): number {
  return loads.reduce((sum, load) => sum + load.gzipBytes, 0);
}
