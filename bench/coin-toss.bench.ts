/**
 * Benchmark (not a test): main-thread work of one recompute of the coin-toss widget at
 * n = 10⁶ tosses (one run), in Chromium, with the helpers of `widgets.bench.ts`: trusted
 * ArrowRight presses (a new value each time) on the p slider (heads looked up in the index of the
 * seed's kept draws, and their path) and on the seed slider (10⁶ new draws indexed, then the same),
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
// p starts low so that every press (ArrowRight only) gives a new p up to 0.91 over both rates.
const query = `?${id}.p=0.05&${id}.n=1000000&${id}.runs=1`;
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
  const control = (name: string) =>
    widget(page, id).locator(`[data-scalar-control="${name}"] input[type="range"]`);
  await control('p').focus();
  await waitForHydration(page, id);
  const idle = await addIdleSlider(page);
  // Each press sets a value not seen before, so nothing is remembered from an earlier press
  // except what the widget keeps on purpose: the draws of a seed serve every p (`drawsFor`).
  const cases = [
    ['p (same seed: heads looked up in the kept draws’ index)', control('p')],
    ['seed (new draws every press)', control('seed')],
  ] as const;
  for (const rate of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    // The idle slider (0–100) only goes up here: give it room for this rate's presses.
    await idle.evaluate((input) => ((input as HTMLInputElement).value = '0'));
    const [pCosts, seedCosts, idleCosts] = await interleavedCosts(
      page,
      cdp,
      [cases[0][1], cases[1][1], idle],
      { alternate: false },
    );
    for (const [index, costs] of [pCosts!, seedCosts!].entries()) {
      const stats = workStats(costs, idleCosts!);
      process.stdout.write(
        `coin-toss, n = 10⁶, ${rate}× CPU, pressing ${cases[index]![0]}: main-thread work per ` +
          `press p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms ` +
          `(idle baseline median subtracted)\n`,
      );
    }
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
