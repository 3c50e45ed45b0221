/**
 * Benchmark (not a test): main-thread work of one recompute of the coin-toss widget at
 * n = 10⁶ tosses (one run), in Chromium, with the helpers of `widgets.bench.ts`: trusted
 * ArrowRight/ArrowLeft presses on the p slider (each recomputes all 10⁶ tosses and their path),
 * CDP `Performance.getMetrics` TaskDuration from before the press until the page is quiet,
 * minus the median of an idle slider's presses, at CPU throttling 1× and 4×.
 *
 *   SKIP_BUILD=1 npm run bench:coin-toss      (SAMPLES=40)
 */
import { buildSiteOnce } from '../tests/site/build-site.ts';
import { basePath } from '../tests/site/site-pages.ts';
import { launchChromium } from '../tests/e2e/helpers/browser.ts';
import { lessonUrl } from '../tests/e2e/helpers/site-urls.ts';
import { startStaticServer } from '../tests/e2e/helpers/static-server.ts';
import { waitForHydration, widget } from '../tests/e2e/helpers/widgets.ts';
import { addIdleSlider, interleavedCosts, workStats } from './widgets.bench.ts';

const id = 'coin-toss';
const query = `?${id}.n=1000000&${id}.runs=1`;
const outDir = buildSiteOnce();
const server = await startStaticServer(outDir, basePath());
const browser = await launchChromium();
try {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(lessonUrl(server.origin, basePath(), 'coin-toss', query), {
    waitUntil: 'networkidle',
  });
  const slider = widget(page, id).locator('[data-scalar-control="p"] input[type="range"]');
  await slider.focus();
  await waitForHydration(page, id);
  const idle = await addIdleSlider(page);
  for (const rate of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const [costs, idleCosts] = await interleavedCosts(page, cdp, [slider, idle]);
    const stats = workStats(costs!, idleCosts!);
    process.stdout.write(
      `coin-toss, n = 10⁶, ${rate}× CPU: main-thread work per press p50 ${stats.p50.toFixed(1)} ms, ` +
        `p95 ${stats.p95.toFixed(1)} ms (idle baseline median subtracted)\n`,
    );
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
