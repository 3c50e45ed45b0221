/**
 * Benchmark (not a test): main-thread work of one recompute of the coin-toss widget at
 * n = 10⁶ tosses (one run), in Chromium, with the helpers of `widgets.bench.ts`: trusted
 * ArrowRight presses (a new value each time) on the p slider (heads looked up in the index of the
 * seed's kept draws, and their path) and on the seed slider (10⁶ new draws, drawn and indexed in
 * the widget's worker, then the same), CDP `Performance.getMetrics` TaskDuration (the page's
 * main thread only) from before the press until the new state is drawn and the page is quiet,
 * minus the median of an idle slider's presses, at CPU throttling 1× and 4×. For the seed it
 * also reports the wall time from the keydown to the new picture (the worker's time included).
 * Writes `bench/coin-toss.md`.
 *
 *   SKIP_BUILD=1 npm run bench:coin-toss      (SAMPLES=40)
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { execSync } from 'node:child_process';
import { buildSiteOnce } from '../tests/site/build-site.ts';
import { basePath } from '../tests/site/site-pages.ts';
import { launchChromium } from '../tests/e2e/helpers/browser.ts';
import { lessonUrl } from '../tests/e2e/helpers/site-urls.ts';
import { startStaticServer } from '../tests/e2e/helpers/static-server.ts';
import { waitForHydration, widget } from '../tests/e2e/helpers/widgets.ts';
import { addIdleSlider, interleavedCosts, workStats, type Settled } from './widgets.bench.ts';

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
  // The keydown and the moment the widget drops `data-tossing` (its new seed drawn), in the page.
  await page.evaluate(() => {
    const times: number[][] = [];
    (window as unknown as { benchTimes: number[][] }).benchTimes = times;
    let pressedAt = 0;
    document.addEventListener('keydown', () => (pressedAt = performance.now()), true);
    const element = document.querySelector('coin-toss-widget')!;
    new MutationObserver(() => {
      if (!element.hasAttribute('data-tossing')) times.push([pressedAt, performance.now()]);
    }).observe(element, { attributes: true, attributeFilter: ['data-tossing'] });
  });
  const settled: Settled = (page) =>
    page
      .waitForFunction(() => !document.querySelector('coin-toss-widget[data-tossing]'), null, {
        timeout: 30_000,
      })
      .then(() => undefined);
  const rows: string[] = [];
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
      { alternate: false, settled },
    );
    const walls = await page.evaluate(() =>
      (window as unknown as { benchTimes: number[][] }).benchTimes
        .splice(0)
        .map(([pressed, drawn]) => drawn! - pressed!),
    );
    for (const [index, costs] of [pCosts!, seedCosts!].entries()) {
      const stats = workStats(costs, idleCosts!);
      const wall =
        index === 1 && walls.length > 0
          ? `${quantile(walls, 0.5).toFixed(0)} / ${quantile(walls, 0.95).toFixed(0)}`
          : '–';
      rows.push(
        `| ${rate}× | ${cases[index]![0]} | ${stats.p50.toFixed(1)} / ${stats.p95.toFixed(1)} | ` +
          `${quantile(idleCosts!, 0.5).toFixed(1)} | ${wall} |`,
      );
      process.stdout.write(
        `coin-toss, n = 10⁶, ${rate}× CPU, pressing ${cases[index]![0]}: main-thread work per ` +
          `press p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms ` +
          `(idle baseline median subtracted); keydown to picture ${wall} ms\n`,
      );
    }
  }
  await context.close();
  writeReport(rows);
} finally {
  await browser.close();
  await server.close();
}

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function writeReport(rows: readonly string[]): void {
  const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  const now = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const samples = process.env['SAMPLES'] ?? '40';
  const report = [
    '# Coin toss: one recompute at 10⁶ tosses',
    '',
    `Measured ${now} UTC on commit ${commit}: ${cpus().length} cores, load average ` +
      `${loadavg()[0]!.toFixed(2)} at the end, Node ${process.version}.`,
    '',
    'Command: `SKIP_BUILD=1 npm run bench:coin-toss` (`SAMPLES` presses per case, here ' +
      `${samples}, after 3 warm-ups).`,
    '',
    'Method: trusted ArrowRight presses on the widget (one run of n = 10⁶ tosses), each giving ' +
      'a value not seen before. Work is the growth of Chromium’s main-thread `TaskDuration` ' +
      '(CDP `Performance.getMetrics`, which does not count worker threads) from before the ' +
      'press until the new state is drawn and the page is quiet, minus the median of the same ' +
      'measurement on a plain slider nothing listens to. A new seed is drawn and indexed in the ' +
      'widget’s worker; keydown to picture is the wall time until the widget shows it.',
    '',
    '| CPU | press | main-thread work p50 / p95 (ms) | idle median (ms) | keydown to picture p50 / p95 (ms) |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
  writeFileSync(new URL('./coin-toss.md', import.meta.url), report);
}
