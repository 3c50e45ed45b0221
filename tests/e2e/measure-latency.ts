// `npm run bench:widgets`: update latency of every widget with a slider, in Chromium.
// For each widget, 50 slider inputs; latency = time from dispatching the `input` event until its
// readouts have a new data-value and its chart has changed (checked at once, then every frame).
// Prints p50, p95 and max in milliseconds; asserts nothing (timings depend on the machine).
//
// Builds the site first unless SKIP_BUILD=1. Optional arguments: widget ids to measure.
import type { Page } from 'playwright-core';
import { buildSiteOnce } from '../site/build-site.ts';
import { basePath } from '../site/site-pages.ts';
import { launchChromium } from './helpers/browser.ts';
import { sitePageUrls } from './helpers/site-urls.ts';
import { startStaticServer } from './helpers/static-server.ts';
import { waitForHydration, widget } from './helpers/widgets.ts';

const inputsPerWidget = 50;

/** Runs `count` slider inputs in the page and returns each latency in ms (Infinity on timeout). */
function measureInPage(page: Page, id: string, count: number): Promise<number[]> {
  return page.evaluate(
    async ([widgetId, inputs]) => {
      const figure = document.getElementById(widgetId);
      const range = figure?.querySelector<HTMLInputElement>('input[type="range"]');
      const chart = figure?.querySelector('[data-chart]');
      if (!figure || !range || !chart) return [];
      const min = Number(range.min || 0);
      const max = Number(range.max || 1);
      const readoutValues = (): string =>
        [...figure.querySelectorAll('output[data-readout]')]
          .map((o) => o.getAttribute('data-value'))
          .join();
      const latencies: number[] = [];
      for (let i = 0; i < inputs; i++) {
        const before = readoutValues();
        let chartChanged = false;
        const observer = new MutationObserver(() => {
          chartChanged = true;
        });
        observer.observe(chart, {
          subtree: true,
          childList: true,
          attributes: true,
          characterData: true,
        });
        const start = performance.now();
        range.value = String(min + (max - min) * (0.2 + (0.6 * ((i * 37) % 50)) / 50));
        range.dispatchEvent(new Event('input', { bubbles: true }));
        // Updates usually happen synchronously inside the input handler: check at once, then
        // on each frame (a timeout after 2 s counts as Infinity).
        const updated = (): boolean => readoutValues() !== before && chartChanged;
        let latency = updated() ? performance.now() - start : NaN;
        if (Number.isNaN(latency)) {
          latency = await new Promise<number>((resolve) => {
            const check = (): void => {
              const elapsed = performance.now() - start;
              if (updated()) resolve(elapsed);
              else if (elapsed > 2000) resolve(Infinity);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          });
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
        observer.disconnect();
        latencies.push(latency);
      }
      return latencies;
    },
    [id, count] as const,
  );
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
}

const outDir = buildSiteOnce();
const server = await startStaticServer(outDir, basePath());
const browser = await launchChromium();
const only = new Set(process.argv.slice(2));
try {
  const lessons = sitePageUrls(outDir, server.origin, basePath()).filter((url) =>
    url.includes('/lessons/'),
  );
  for (const url of lessons) {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const ids = await page
      .locator('figure[data-widget]:has(input[type="range"])')
      .evaluateAll((figures) => figures.map((f) => f.id));
    for (const id of ids.filter((candidate) => only.size === 0 || only.has(candidate))) {
      await widget(page, id).locator('input[type="range"]').first().focus();
      await waitForHydration(page, id);
      const sorted = (await measureInPage(page, id, inputsPerWidget)).sort((a, b) => a - b);
      const fmt = (ms: number): string => (Number.isFinite(ms) ? ms.toFixed(1) : 'timeout');
      console.log(
        `${new URL(url).pathname}#${id}: n=${sorted.length} p50=${fmt(percentile(sorted, 0.5))} ms ` +
          `p95=${fmt(percentile(sorted, 0.95))} ms max=${fmt(sorted.at(-1) ?? NaN)} ms`,
      );
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
