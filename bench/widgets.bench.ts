/**
 * Benchmark (not a test): what a reader's input costs each widget on the lesson pages, in
 * Chromium, and how long the first touch of a cold widget takes to answer.
 *
 *   npm run bench:widgets [WIDGET-ID …]     (SKIP_BUILD=1 reuses dist/; SAMPLES=40, RUNS=3)
 *
 * - Work per input: trusted ArrowRight/ArrowLeft presses (`page.keyboard`) on the widget's first
 *   range slider, once it is hydrated. Each sample is the growth of the renderer's main-thread
 *   `TaskDuration` (CDP `Performance.getMetrics`) from before the press until the page is quiet
 *   (two animation frames, a timeout, a short settle), minus the median of the same measurement
 *   on a plain slider nothing listens to, injected into the same page (clamped at 0). Widget and
 *   idle presses alternate, so both see the same machine load. At CPU throttling 1× and 4×
 *   (`Emulation.setCPUThrottlingRate`).
 * - First touch: a fresh page with the cache disabled; load, scroll the widget into view, wait
 *   1 s, focus its first slider and press ArrowRight. Wall time from the keydown's timestamp to
 *   the first change of one of its readouts' `data-value` (the widget's script loads when the
 *   widget nears the window, or failing that on this first interaction, so this includes what
 *   the network has not yet delivered). Unthrottled, and under Lighthouse's
 *   simulated mobile profile (RTT 150 ms, 1638.4 Kbps down, 675 Kbps up, 4× CPU). Pages are
 *   served gzip-compressed, as a production host would.
 *
 * Writes `bench/widgets.md` (a Markdown table, formatted by Prettier) and prints it. A widget
 * that cannot be measured gets an error in its cells; nothing is asserted.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { arch, cpus, loadavg, platform } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { format, resolveConfig } from 'prettier';
import type { Browser, CDPSession, Locator, Page } from 'playwright-core';
import { buildSiteOnce, projectRoot } from '../tests/site/build-site.ts';
import { basePath } from '../tests/site/site-pages.ts';
import { launchChromium } from '../tests/e2e/helpers/browser.ts';
import { sitePageUrls } from '../tests/e2e/helpers/site-urls.ts';
import { startStaticServer } from '../tests/e2e/helpers/static-server.ts';
import { waitForHydration, widget } from '../tests/e2e/helpers/widgets.ts';

const samplesPerSeries = Number(process.env['SAMPLES'] ?? 40);
const warmUpPresses = 3;
const coldRuns = Number(process.env['RUNS'] ?? 3);
const cpuRates = [1, 4] as const;
type CpuRate = (typeof cpuRates)[number];
const reportFile = new URL('./widgets.md', import.meta.url);
const startedAt = new Date();
const loadAtStart = loadavg()[0] ?? NaN;

/** Lighthouse's simulated mobile network (`mobileSlow4G`), in CDP's units (ms, bytes/s). */
const mobileNetwork = {
  offline: false,
  latency: 150,
  downloadThroughput: (1638.4 * 1024) / 8,
  uploadThroughput: (675 * 1024) / 8,
};
const mobileCpuRate = 4;

// ---------------------------------------------------------------------------------------------
// Small utilities

function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? NaN;
}

const median = (values: readonly number[]): number => percentile(values, 0.5);

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return (text.split('\n')[0] ?? text).slice(0, 120);
}

/** Rejects with `what` when `promise` has not settled within `ms`. */
async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `fn()`, or the error it threw turned into a short message. */
async function attempt<T>(fn: () => Promise<T>): Promise<T | { error: string }> {
  try {
    return await fn();
  } catch (error) {
    return { error: message(error) };
  }
}

const isError = (value: unknown): value is { error: string } =>
  typeof value === 'object' && value !== null && 'error' in value;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// Main-thread work per input

/** Seconds the renderer's main thread has spent running tasks since the page started. */
export async function mainThreadSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = metrics.find((metric) => metric.name === 'TaskDuration');
  if (task === undefined) throw new Error('no TaskDuration metric');
  return task.value;
}

/**
 * Waits until the page has drawn two frames and run a timeout after them, then settles a
 * little more; returns the focused element's value (to check the press moved the slider).
 */
async function waitUntilQuiet(page: Page): Promise<string> {
  const value = await withTimeout(
    page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              setTimeout(() => resolve((document.activeElement as HTMLInputElement).value), 20),
            ),
          );
        }),
    ),
    10_000,
    'waiting for the page to be quiet',
  );
  await delay(30);
  return value;
}

/** One slider being pressed: the key to press next, its value now and the costs so far. */
interface PressSeries {
  readonly slider: Locator;
  key: 'ArrowRight' | 'ArrowLeft';
  value: string;
  readonly costs: number[];
  /** Alternate ArrowRight and ArrowLeft (two values), or press ArrowRight only (a new value each time). */
  readonly alternate: boolean;
}

async function startSeries(slider: Locator, alternate: boolean): Promise<PressSeries> {
  const atMax = await slider.evaluate(
    (input) =>
      Number((input as HTMLInputElement).value) >= Number(input.getAttribute('max') ?? 100),
  );
  return {
    slider,
    key: atMax ? 'ArrowLeft' : 'ArrowRight',
    value: await slider.inputValue(),
    costs: [],
    alternate,
  };
}

/**
 * Resolves once the page has drawn what a press asked for, when that can take longer than two
 * frames (work in a worker): the press's cost is counted until then, and then until quiet.
 */
export type Settled = (page: Page) => Promise<void>;

/**
 * Focuses the series' slider, lets the page settle, then measures the main-thread milliseconds
 * of one press (the next key in the ArrowRight/ArrowLeft alternation). Throws when the press
 * does not move the slider.
 */
async function measurePress(
  page: Page,
  cdp: CDPSession,
  series: PressSeries,
  settled?: Settled,
): Promise<number> {
  await series.slider.focus();
  await waitUntilQuiet(page);
  const before = await mainThreadSeconds(cdp);
  await page.keyboard.press(series.key);
  await settled?.(page);
  const value = await waitUntilQuiet(page);
  const after = await mainThreadSeconds(cdp);
  if (value === series.value)
    throw new Error(`${series.key} did not move the slider (value ${value})`);
  series.value = value;
  if (series.alternate) series.key = series.key === 'ArrowRight' ? 'ArrowLeft' : 'ArrowRight';
  return (after - before) * 1000;
}

/**
 * Press costs (ms) of each slider, `samplesPerSeries` each after `warmUpPresses`, taken in turn
 * (one press on each, then again), so every series sees the same moments of machine load.
 */
export async function interleavedCosts(
  page: Page,
  cdp: CDPSession,
  sliders: readonly Locator[],
  { alternate = true, settled }: { alternate?: boolean; settled?: Settled } = {},
): Promise<number[][]> {
  const all: PressSeries[] = [];
  for (const slider of sliders) all.push(await startSeries(slider, alternate));
  for (let round = 0; round < warmUpPresses + samplesPerSeries; round++) {
    for (const series of all) {
      const cost = await measurePress(page, cdp, series, settled);
      if (round >= warmUpPresses) series.costs.push(cost);
    }
  }
  return all.map((series) => series.costs);
}

/** A plain `<input type=range>` appended to the page, outside any widget, nothing listening. */
export async function addIdleSlider(page: Page): Promise<Locator> {
  const id = 'bench-idle-slider';
  await page.evaluate((sliderId) => {
    const input = document.createElement('input');
    input.type = 'range';
    input.id = sliderId;
    input.setAttribute('aria-label', 'benchmark baseline');
    input.style.cssText = 'position: fixed; left: 0; bottom: 0; z-index: 2147483647';
    document.body.append(input);
  }, id);
  return page.locator(`#${id}`);
}

interface WorkStats {
  readonly p50: number;
  readonly p95: number;
  /** The idle slider's press costs measured alongside (ms). */
  readonly idle: readonly number[];
}

/** p50 and p95 of `costs` after subtracting the median of `idle` from each (clamped at 0). */
export function workStats(costs: readonly number[], idle: readonly number[]): WorkStats {
  const baseline = median(idle);
  const net = costs.map((cost) => Math.max(0, cost - baseline));
  return { p50: median(net), p95: percentile(net, 0.95), idle };
}

const firstSlider = (page: Page, id: string): Locator =>
  widget(page, id).locator('input[type="range"]').first();

interface Target {
  readonly url: string;
  readonly path: string;
  readonly id: string;
  readonly kind: string;
}

type Outcome<T> = T | { error: string };

interface Row extends Target {
  work: Partial<Record<CpuRate, Outcome<WorkStats>>>;
  firstTouch: { unthrottled?: Outcome<number[]>; mobile?: Outcome<number[]> };
}

/** The widgets of a lesson page (instance id and kind), in page order. */
function widgetsOnPage(page: Page): Promise<{ id: string; kind: string }[]> {
  return page
    .locator('figure[data-widget]')
    .evaluateAll((figures) =>
      figures.map((figure) => ({ id: figure.id, kind: figure.getAttribute('data-widget') ?? '' })),
    );
}

/** Measures the work per input of `rows` (all on `url`) at each CPU rate, on one page. */
async function measureWorkOnPage(
  browser: Browser,
  url: string,
  rows: readonly Row[],
): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'networkidle' });
    // Hydrate every measured widget first, so each series runs on the same page state.
    const live: Row[] = [];
    for (const row of rows) {
      const hydrated = await attempt(async () => {
        if ((await firstSlider(page, row.id).count()) === 0) throw new Error('no range input');
        await firstSlider(page, row.id).focus({ timeout: 5000 });
        await waitForHydration(page, row.id);
      });
      if (isError(hydrated)) for (const rate of cpuRates) row.work[rate] = hydrated;
      else live.push(row);
    }
    const idle = await addIdleSlider(page);
    for (const rate of cpuRates) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      for (const row of live) {
        row.work[rate] = await attempt(async () => {
          const [costs = [], idleCosts = []] = await interleavedCosts(page, cdp, [
            firstSlider(page, row.id),
            idle,
          ]);
          return workStats(costs, idleCosts);
        });
        log(`${row.path}#${row.id} ${rate}×: ${cell(row.work[rate], workCell)}`);
      }
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// First touch

/**
 * A proxy in front of the static server that gzips text responses for clients that accept it,
 * as a production host does, so the emulated network carries the bytes a reader would download.
 */
async function startGzipProxy(upstream: string): Promise<{ origin: string; close(): void }> {
  const server = createServer((request, response) => {
    void (async () => {
      const reply = await fetch(upstream + (request.url ?? '/'));
      const type = reply.headers.get('content-type') ?? '';
      let body = Buffer.from(await reply.arrayBuffer());
      const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store' };
      if (/gzip/.test(request.headers['accept-encoding'] ?? '') && /text|json|xml|svg/.test(type)) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      headers['content-length'] = String(body.length);
      response.writeHead(reply.status, headers);
      response.end(body);
    })().catch(() => response.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('proxy has no port');
  return { origin: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

interface FirstTouchRecord {
  keydown: number;
  changed: number;
  done: Promise<void>;
}

/** Milliseconds from the first keypress on a cold widget to the first change of a readout. */
async function firstTouch(browser: Browser, target: Target, mobile: boolean): Promise<number> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (mobile) {
      await cdp.send('Network.emulateNetworkConditions', mobileNetwork);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: mobileCpuRate });
    }
    await page.goto(target.url, { waitUntil: 'load', timeout: 120_000 });
    const figure = widget(page, target.id);
    await figure.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await delay(1000);
    const key = await figure.evaluate((root) => {
      const slider = root.querySelector<HTMLInputElement>('input[type="range"]');
      if (!slider) throw new Error('no range input');
      const valueOf = (): Map<string, string | null> =>
        new Map(
          [...root.querySelectorAll('output[data-readout]')].map((output, index) => [
            `${output.getAttribute('data-readout')}#${index}`,
            output.getAttribute('data-value'),
          ]),
        );
      const initial = valueOf();
      const record = { keydown: NaN, changed: NaN } as FirstTouchRecord;
      record.done = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          const now = performance.now();
          for (const [name, value] of valueOf()) {
            if (value === initial.get(name)) continue;
            record.changed = now;
            observer.disconnect();
            resolve();
            return;
          }
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true });
        setTimeout(resolve, 60_000);
      });
      document.addEventListener(
        'keydown',
        (event) => {
          if (Number.isNaN(record.keydown)) record.keydown = event.timeStamp;
        },
        { capture: true },
      );
      (window as unknown as { benchFirstTouch: FirstTouchRecord }).benchFirstTouch = record;
      slider.focus();
      return Number(slider.value) >= Number(slider.max || 100) ? 'ArrowLeft' : 'ArrowRight';
    });
    await page.keyboard.press(key);
    const result = await withTimeout(
      page.evaluate(async () => {
        const record = (window as unknown as { benchFirstTouch: FirstTouchRecord }).benchFirstTouch;
        await record.done;
        return { keydown: record.keydown, changed: record.changed };
      }),
      90_000,
      'waiting for a readout to change',
    );
    const elapsed = result.changed - result.keydown;
    if (!Number.isFinite(elapsed)) throw new Error('no readout changed within 60 s');
    return elapsed;
  } finally {
    await context.close();
  }
}

/** {@link firstTouch} on `coldRuns` fresh pages. */
async function firstTouches(browser: Browser, target: Target, mobile: boolean): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < coldRuns; run++) times.push(await firstTouch(browser, target, mobile));
  return times;
}

// ---------------------------------------------------------------------------------------------
// Report

const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(1) : '–');

function cell<T>(outcome: Outcome<T> | undefined, show: (value: T) => string): string {
  if (outcome === undefined) return 'not run';
  if (isError(outcome)) return `error: ${outcome.error.replace(/\|/g, '\\|')}`;
  return show(outcome);
}

const workCell = (stats: WorkStats): string => `${ms(stats.p50)} / ${ms(stats.p95)}`;

const touchCell = (times: number[]): string =>
  times.length === 1
    ? ms(times[0] ?? NaN)
    : `${ms(median(times))} (${ms(Math.min(...times))}–${ms(Math.max(...times))})`;

function commitDescription(): string {
  const git = (...args: string[]): string =>
    execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
  try {
    const dirty = git('status', '--porcelain', '--', 'src', 'content', 'public') !== '';
    return `commit ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes to src/, content/ or public/' : ''}`;
  } catch {
    return 'an unknown commit (git unavailable)';
  }
}

async function report(rows: readonly Row[], chromium: string): Promise<string> {
  const cores = cpus();
  const header = [
    '# Widget input cost',
    '',
    `Measured ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${commitDescription()}: ` +
      `${platform()} ${arch()}, ${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown CPU'}), ` +
      `load average ${loadAtStart.toFixed(2)} at the start, ${chromium} headless, Node ${process.version}.`,
    '',
    `Command: \`npm run bench:widgets\` (\`SKIP_BUILD=1\` reuses \`dist/\`; widget ids as arguments ` +
      `measure only those; \`SAMPLES\` and \`RUNS\` change the counts).`,
    '',
    `Method: work per input is the growth of Chromium's main-thread \`TaskDuration\` ` +
      `(CDP \`Performance.getMetrics\`) across one trusted ArrowRight/ArrowLeft press on the ` +
      `widget's first slider, hydrated, until two frames and a timeout later, minus the median ` +
      `of the same measurement on a plain slider injected into the same page (clamped at 0), ` +
      `the two pressed in turn, ${samplesPerSeries} presses each after ${warmUpPresses} warm-ups. ` +
      `Each page is measured at CPU throttling 1× and 4× (\`Emulation.setCPUThrottlingRate\`), ` +
      `and the table gives p50 / p95 in milliseconds. ` +
      `First touch is the wall time on a fresh, uncached page served gzip-compressed ` +
      `(loaded, widget scrolled into view, ` +
      `1 s pause, slider focused) from the keydown of ArrowRight to the first change of one of ` +
      `its readouts' \`data-value\`, loading the widget's script included, as the median ` +
      `(min–max) of ${coldRuns} runs, unthrottled and under Lighthouse's simulated mobile ` +
      `profile (RTT 150 ms, 1638.4 Kbps down, 675 Kbps up, 4× CPU).`,
    '',
  ];
  const table = [
    '| widget | page | work p50 / p95 at 1× (ms) | work p50 / p95 at 4× (ms) | first touch, unthrottled (ms) | first touch, mobile (ms) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.id === row.kind ? row.id : `${row.id} (${row.kind})`} | ${row.path} | ` +
        `${cell(row.work[1], workCell)} | ${cell(row.work[4], workCell)} | ` +
        `${cell(row.firstTouch.unthrottled, touchCell)} | ${cell(row.firstTouch.mobile, touchCell)} |`,
    ),
  ];
  const idleCell = (outcome: Outcome<WorkStats> | undefined): string =>
    cell(outcome, ({ idle }) => `${ms(median(idle))} / ${ms(percentile(idle, 0.95))}`);
  const baselineTable = [
    '',
    'Idle baseline: a press on the plain slider, measured in turn with each widget and subtracted ' +
      'as its median (ms, median / p95):',
    '',
    '| widget | idle at 1× (ms) | idle at 4× (ms) |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.id} | ${idleCell(row.work[1])} | ${idleCell(row.work[4])} |`),
    '',
    `Load average ${loadavg()[0]?.toFixed(2)} at the end. Timings depend on the machine and on ` +
      'what else runs on it (wall-clock task time grows when the main thread is descheduled); ' +
      'compare runs made on one machine at one time.',
  ];
  const markdown = [...header, ...table, ...baselineTable, ''].join('\n');
  const options = (await resolveConfig(reportFile)) ?? {};
  return format(markdown, { ...options, filepath: reportFile.pathname });
}

// ---------------------------------------------------------------------------------------------
// Run

/** Lesson slugs in reading order (`content/lessons/NN-slug.mdx`). */
const lessonSlugs = readdirSync(join(projectRoot, 'content/lessons'))
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .map((file) => file.replace(/^\d+-/, '').replace(/\.mdx$/, ''));

/** Position of a lesson URL in reading order (unknown lessons last). */
function lessonRank(url: string): number {
  const slug = new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? '';
  const rank = lessonSlugs.indexOf(slug);
  return rank === -1 ? lessonSlugs.length : rank;
}

/** Run only as a script: `coin-toss.bench.ts` imports the measurement helpers above. */
async function main(): Promise<void> {
  const only = new Set(process.argv.slice(2));
  const outDir = buildSiteOnce();
  const server = await startStaticServer(outDir, basePath());
  const proxy = await startGzipProxy(server.origin);
  const browser = await launchChromium();
  try {
    const lessons = sitePageUrls(outDir, proxy.origin, basePath())
      .filter((url) => new URL(url).pathname.includes('/lessons/'))
      .sort((a, b) => lessonRank(a) - lessonRank(b));
    const rows: Row[] = [];
    for (const url of lessons) {
      const path = new URL(url).pathname;
      const found = await attempt(async () => {
        const page = await browser.newPage();
        try {
          await page.goto(url, { waitUntil: 'load' });
          return await widgetsOnPage(page);
        } finally {
          await page.close();
        }
      });
      if (isError(found)) {
        const work = { 1: found, 4: found };
        const firstTouch = { unthrottled: found, mobile: found };
        rows.push({ url, path, id: '?', kind: '?', work, firstTouch });
        continue;
      }
      const pageRows: Row[] = found
        .filter(({ id, kind }) => only.size === 0 || only.has(id) || only.has(kind))
        .map(({ id, kind }) => ({ url, path, id, kind, work: {}, firstTouch: {} }));
      if (pageRows.length === 0) continue;
      rows.push(...pageRows);
      await measureWorkOnPage(browser, url, pageRows);
    }
    if (rows.length === 0) log(`No widget matched ${[...only].join(', ')}.`);
    for (const row of rows) {
      if (row.id === '?') continue;
      row.firstTouch.unthrottled = await attempt(() => firstTouches(browser, row, false));
      row.firstTouch.mobile = await attempt(() => firstTouches(browser, row, true));
      log(
        `${row.path}#${row.id} first touch: ${cell(row.firstTouch.unthrottled, touchCell)} ms, ` +
          `mobile ${cell(row.firstTouch.mobile, touchCell)} ms`,
      );
    }
    const markdown = await report(rows, `Chromium ${browser.version()}`);
    writeFileSync(reportFile, markdown);
    process.stdout.write(`\n${markdown}\nWritten to bench/widgets.md\n`);
  } finally {
    await browser.close();
    proxy.close();
    await server.close();
  }
}

if ((import.meta as { main?: boolean }).main) await main();
