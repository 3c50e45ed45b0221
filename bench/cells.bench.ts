/**
 * Benchmark (not a test): time from pressing Run on an untouched lesson's first code cell to its
 * first output, in Chromium, at CPU throttling 1× and 4× (CDP `Emulation.setCPUThrottlingRate`):
 *
 * - cold: a new browser context (empty HTTP cache), the page loaded, nothing touched; the press
 *   loads the cell module, starts the worker (Sucrase, acorn, the library) and runs the cell;
 * - cached: the page reloaded in the same context (scripts from the HTTP cache, a new worker);
 * - warm: a second press on the same page (the worker is already running).
 *
 * The time is measured in the page: from the trusted click's event (`performance.now()` in a
 * capturing listener) until the output region holds a value (a MutationObserver). Median of
 * SAMPLES (default 5) per case.
 *
 *   SKIP_BUILD=1 node bench/cells.bench.ts
 */
import type { Page } from 'playwright-core';
import { buildSiteOnce } from '../tests/site/build-site.ts';
import { basePath } from '../tests/site/site-pages.ts';
import { launchChromium } from '../tests/e2e/helpers/browser.ts';
import { lessonUrl } from '../tests/e2e/helpers/site-urls.ts';
import { startStaticServer } from '../tests/e2e/helpers/static-server.ts';

const samples = Number(process.env.SAMPLES ?? 5);
const cellId = 'entropy-yours';
const outDir = buildSiteOnce();
const server = await startStaticServer(outDir, basePath());
const browser = await launchChromium();
const url = lessonUrl(server.origin, basePath(), 'entropy');

/** Press Run (a trusted click) and return the milliseconds until the first output shows. */
async function pressRun(page: Page): Promise<number> {
  await page.evaluate((id) => {
    const root = document.querySelector(`[data-cell="${id}"]`)!;
    const output = root.querySelector('[data-cell-output]')!;
    const w = window as unknown as { benchStart?: number; benchEnd?: Promise<number> };
    w.benchEnd = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (output.querySelector('.cell-value, .cell-error') && !output.hasAttribute('aria-busy')) {
          observer.disconnect();
          resolve(performance.now() - (w.benchStart ?? 0));
        }
      });
      observer.observe(output, { childList: true, subtree: true, attributes: true });
    });
    document.addEventListener('click', () => (w.benchStart = performance.now()), {
      capture: true,
      once: true,
    });
  }, cellId);
  await page.locator(`[data-cell="${cellId}"] [data-cell-run]`).click();
  return page.evaluate(() => (window as unknown as { benchEnd: Promise<number> }).benchEnd);
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

try {
  for (const rate of [1, 4]) {
    const cold: number[] = [];
    const cached: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < samples; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(url, { waitUntil: 'networkidle' });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      cold.push(await pressRun(page));
      warm.push(await pressRun(page));
      await page.reload({ waitUntil: 'networkidle' });
      cached.push(await pressRun(page));
      await context.close();
    }
    for (const [name, values] of [
      ['cold (empty cache)', cold],
      ['cached (reload, new worker)', cached],
      ['warm (worker running)', warm],
    ] as const)
      process.stdout.write(
        `Run → first output, ${rate}× CPU, ${name}: median ${median(values).toFixed(0)} ms ` +
          `(${values.map((v) => v.toFixed(0)).join(', ')})\n`,
      );
  }
} finally {
  await browser.close();
  await server.close();
}
