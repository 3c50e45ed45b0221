// Code cells in the browser: a cell computes the library's value in its worker; an endless loop
// is stopped and the page stays responsive; errors carry the library's message; a later cell
// sees an earlier cell's name; Plot output is an accessible SVG; a shared link's code waits for
// Run; the worker has no network or storage; keys; kept edits and Reset; axe with an open editor.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { DistributionError, entropy, klDivergence, normalize } from '../../src/lib/index.ts';
import { axeViolations } from './helpers/axe.ts';
import { newSiteContext } from './helpers/browser.ts';
import { watchPage } from './helpers/page-watch.ts';
import { lessonUrl } from './helpers/site-urls.ts';
import { themedContext, type Theme } from './helpers/theme.ts';
import { useChromium } from './helpers/use-chromium.ts';

const origin = inject('origin');
const basePath = inject('basePath');
const browser = useChromium();
const entropyUrl = lessonUrl(origin, basePath, 'entropy');
const klUrl = lessonUrl(origin, basePath, 'kl-divergence');

const cell = (page: Page, id: string) => page.locator(`[data-cell="${id}"]`);
const output = (page: Page, id: string) => cell(page, id).locator('[data-cell-output]');
const editable = (page: Page, id: string) => cell(page, id).locator('.cm-content');

async function openEditor(page: Page, id: string): Promise<void> {
  if ((await editable(page, id).count()) > 0) return;
  await cell(page, id).locator('[data-cell-code] pre').click();
  await editable(page, id).waitFor();
}

async function setCode(page: Page, id: string, code: string): Promise<void> {
  await openEditor(page, id);
  await editable(page, id).click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  // one insertion (typing key by key would meet the editor's auto-indent)
  await page.keyboard.insertText(code);
}

async function runCell(page: Page, id: string): Promise<void> {
  await cell(page, id).getByRole('button', { name: 'Run' }).click();
  await expect.poll(() => output(page, id).getAttribute('aria-busy')).toBeNull();
  await expect.poll(() => output(page, id).textContent()).not.toContain('Running…');
}

async function firstNumber(page: Page, id: string, index = 0): Promise<number> {
  return Number(
    await output(page, id).locator('[data-value]').nth(index).getAttribute('data-value'),
  );
}

async function freshPage(url: string): Promise<Page> {
  const context = await newSiteContext(browser(), origin);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'networkidle' });
  return page;
}

describe('code cells', () => {
  it('show highlighted code and the build-time output before any script', async () => {
    const context = await newSiteContext(browser(), origin, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(entropyUrl);
    const p = normalize([3, 1, 1, 5]);
    expect(await cell(page, 'entropy-yours').locator('pre.astro-code').count()).toBe(1);
    expect(await firstNumber(page, 'entropy-yours', p.length)).toBe(entropy(p));
    await context.close();
  });

  it('start the worker when a cell nears the window, before any interaction, and not at load', async () => {
    const page = await freshPage(entropyUrl);
    const top = await cell(page, 'entropy-yours').evaluate(
      (element) => element.getBoundingClientRect().top / window.innerHeight,
    );
    expect(top, 'the first cell starts more than two windows down').toBeGreaterThan(2);
    await page.waitForTimeout(300);
    expect(page.workers()).toHaveLength(0);
    // Scroll until the cell is less than a window's height below the window: no click, no focus.
    await cell(page, 'entropy-yours').evaluate((element) =>
      window.scrollBy(0, element.getBoundingClientRect().top - 1.5 * window.innerHeight),
    );
    await expect.poll(() => page.workers().length).toBe(1);
    expect(await page.locator('.cm-content').count()).toBe(0);
    await setCode(page, 'entropy-yours', 'const p: number[] = [0.5, 0.5];\nentropy(p)');
    await runCell(page, 'entropy-yours');
    expect(await firstNumber(page, 'entropy-yours')).toBe(1);
    expect(page.workers()).toHaveLength(1);
    await page.context().close();
  });

  it('compute a library value in the worker, and report progress', async () => {
    const page = await freshPage(entropyUrl);
    const record = watchPage(page, origin);
    await page.evaluate(() => {
      (window as unknown as { progress: unknown[] }).progress = [];
      document.addEventListener('surprisal:progress', (event) =>
        (window as unknown as { progress: unknown[] }).progress.push((event as CustomEvent).detail),
      );
    });
    await setCode(page, 'entropy-yours', 'entropy([0.5, 0.25, 0.25]) + 0');
    await runCell(page, 'entropy-yours');
    expect(await firstNumber(page, 'entropy-yours')).toBe(entropy([0.5, 0.25, 0.25]));
    expect(
      await page.evaluate(() => (window as unknown as { progress: unknown[] }).progress),
    ).toEqual([{ kind: 'cell', id: 'entropy-yours' }]);
    expect(record.problems()).toEqual([]);
    await page.context().close();
  });

  it('stop an endless loop after the time limit, and the page stays responsive', async () => {
    const page = await freshPage(entropyUrl);
    await setCode(page, 'entropy-yours', 'while (true) {}');
    const started = Date.now();
    await cell(page, 'entropy-yours').getByRole('button', { name: 'Run' }).click();
    // the page answers while the loop runs
    const during = await page.evaluate(() => 1 + 1);
    expect(during).toBe(2);
    await output(page, 'entropy-yours').locator('[data-cell-stopped]').waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1900);
    expect(await output(page, 'entropy-yours').textContent()).toMatch(/Stopped/);
    // a fresh worker runs the next cell
    await setCode(page, 'entropy-yours', 'entropy([0.5, 0.5])');
    await runCell(page, 'entropy-yours');
    expect(await firstNumber(page, 'entropy-yours')).toBe(1);
    await page.context().close();
  });

  it('show the library’s error message with the line', async () => {
    let message = '';
    try {
      entropy([0.5, -0.5, 1]);
    } catch (error) {
      if (error instanceof DistributionError) message = error.message;
    }
    expect(message).not.toBe('');
    const page = await freshPage(entropyUrl);
    await setCode(page, 'entropy-yours', 'const p = [0.5, -0.5, 1];\nentropy(p)');
    await runCell(page, 'entropy-yours');
    expect(await output(page, 'entropy-yours').locator('.cell-error').textContent()).toBe(
      `DistributionError (line 2): ${message}`,
    );
    await page.context().close();
  });

  it('let a later cell see an earlier cell’s names, and re-run cells that use them', async () => {
    const page = await freshPage(entropyUrl);
    await setCode(page, 'entropy-yours', 'const p = [0.9, 0.1];\nconst n = 7;');
    await setCode(page, 'uniform-maximizes', 'entropy(p) + n');
    await runCell(page, 'uniform-maximizes');
    expect(await firstNumber(page, 'uniform-maximizes')).toBe(entropy([0.9, 0.1]) + 7);
    await setCode(page, 'entropy-yours', 'const p = [0.5, 0.5];\nconst n = 1;');
    await runCell(page, 'entropy-yours');
    await expect.poll(() => firstNumber(page, 'uniform-maximizes')).toBe(2);
    await page.context().close();
  });

  it('draw Plot output as an accessible SVG, and read a widget’s state', async () => {
    const page = await freshPage(klUrl);
    await runCell(page, 'kl-from-explorer');
    const figure = output(page, 'kl-from-explorer').locator('figure.cell-plot');
    await figure.waitFor();
    const svg = figure.locator('svg');
    expect(await svg.getAttribute('role')).toBe('img');
    expect(await svg.getAttribute('aria-label')).toMatch(/^Chart: barY of 2 values/);
    expect(await figure.locator('figcaption').textContent()).toMatch(/barY/);
    expect(await svg.locator('rect').count()).toBeGreaterThanOrEqual(2);
    const state = await page
      .locator('#kl-explorer [data-hydrated]')
      .evaluate((element) => (element as unknown as { state: { p: number[]; q: number[] } }).state);
    expect(await firstNumber(page, 'kl-from-explorer')).toBe(klDivergence(state.p, state.q));
    await page.context().close();
  });

  it('say so for an unknown widget id', async () => {
    const page = await freshPage(klUrl);
    await setCode(page, 'kl-from-explorer', "widget('no-such-widget')");
    await runCell(page, 'kl-from-explorer');
    expect(await output(page, 'kl-from-explorer').textContent()).toMatch(
      /widget\('no-such-widget'\): no widget with that id on this page \(there are: .*kl-explorer/,
    );
    await page.context().close();
  });

  it('load a shared link’s code without running it until Run', async () => {
    const page = await freshPage(entropyUrl);
    await setCode(page, 'entropy-yours', 'show("from the link");\nentropy([0.25, 0.75])');
    await cell(page, 'entropy-yours').getByRole('button', { name: 'Share' }).click();
    const link = await cell(page, 'entropy-yours')
      .locator('[data-cell-link] a')
      .getAttribute('href');
    expect(link).toMatch(/\?cell\.entropy-yours\.code=[\w-]+#cell-entropy-yours$/);
    const reader = await freshPage(link ?? '');
    const builtOutput = await output(reader, 'entropy-yours').innerHTML();
    await editable(reader, 'entropy-yours').waitFor();
    expect(await editable(reader, 'entropy-yours').textContent()).toContain('from the link');
    expect(await cell(reader, 'entropy-yours').locator('[data-cell-notice]').textContent()).toMatch(
      /has not run/,
    );
    await reader.waitForTimeout(500);
    expect(await output(reader, 'entropy-yours').innerHTML()).toBe(builtOutput);
    await runCell(reader, 'entropy-yours');
    expect(await firstNumber(reader, 'entropy-yours')).toBe(entropy([0.25, 0.75]));
    await page.context().close();
    await reader.context().close();
  });

  it('ignore a malformed link parameter with a notice', async () => {
    const page = await freshPage(`${entropyUrl}?cell.entropy-yours.code=%3Cscript%3E`);
    await expect
      .poll(() => cell(page, 'entropy-yours').locator('[data-cell-notice]').textContent())
      .toMatch(/not used/);
    expect(await page.locator('[data-cell="entropy-yours"] .cm-content').count()).toBe(0);
    await page.context().close();
  });

  it('give cell code no network, no storage and no code from strings', async () => {
    const page = await freshPage(entropyUrl);
    const names = [
      'fetch',
      'XMLHttpRequest',
      'WebSocket',
      'EventSource',
      'importScripts',
      'indexedDB',
      'caches',
      'WebTransport',
      'BroadcastChannel',
      'Worker',
      'SharedWorker',
      'eval',
      'Function',
    ];
    await setCode(
      page,
      'entropy-yours',
      `const names = ${JSON.stringify(names)};\nconst o = {};\nfor (const n of names) o[n] = typeof globalThis[n];\no.storage = typeof navigator.storage;\no.ctor = (() => { try { return typeof (() => 0).constructor('return 1'); } catch (e) { return 'refused'; } })();\no`,
    );
    await runCell(page, 'entropy-yours');
    const rows = await output(page, 'entropy-yours').locator('tr').allTextContents();
    expect(rows).toEqual(
      [...names, 'storage'].map((name) => `${name}"undefined"`).concat('ctor"refused"'),
    );
    await page.context().close();
  });

  it('run on Ctrl+Enter, and leave the editor on Escape', async () => {
    const page = await freshPage(entropyUrl);
    await setCode(page, 'entropy-yours', 'entropy([0.125, 0.875])');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => firstNumber(page, 'entropy-yours')).toBe(entropy([0.125, 0.875]));
    await page.keyboard.press('Escape');
    const focused = await page.evaluate(() => ({
      // the editor lives in a shadow root whose host is .cell-editor
      inEditor: document.activeElement?.closest('.cell-editor') !== null,
      text: document.activeElement?.textContent,
    }));
    expect(focused).toEqual({ inEditor: false, text: 'Run' });
    // Tab from inside the editor moves on too (no trap)
    await editable(page, 'entropy-yours').focus();
    expect(
      await page.evaluate(() => document.activeElement?.closest('.cell-editor') !== null),
    ).toBe(true);
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('.cell-editor') === null),
    ).toBe(true);
    await page.context().close();
  });

  it('keep edits across a reload, and Reset restores the original', async () => {
    const page = await freshPage(entropyUrl);
    const original = await cell(page, 'entropy-yours').getAttribute('data-code');
    await setCode(page, 'entropy-yours', 'entropy([1])');
    await page.reload({ waitUntil: 'networkidle' });
    await editable(page, 'entropy-yours').waitFor();
    expect(await editable(page, 'entropy-yours').textContent()).toBe('entropy([1])');
    await cell(page, 'entropy-yours').getByRole('button', { name: 'Reset' }).click();
    await expect
      .poll(() => editable(page, 'entropy-yours').evaluate((e) => (e as HTMLElement).innerText))
      .toBe(original);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.locator('[data-cell="entropy-yours"] .cm-content').count()).toBe(0);
    await page.context().close();
  });

  it('keep the page script’s CSP free of unsafe-eval while the worker compiles cells', async () => {
    const page = await freshPage(entropyUrl);
    const csp = await page
      .locator('meta[http-equiv="content-security-policy"]')
      .getAttribute('content');
    expect(csp).toMatch(/script-src/);
    // 'wasm-unsafe-eval' (search's WebAssembly) is allowed; 'unsafe-eval' never.
    expect(csp).not.toMatch(/'unsafe-eval'/);
    // code from a string, compiled by the page itself (a string timer), is refused by the CSP
    const pageEval = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          document.addEventListener('securitypolicyviolation', (event) =>
            resolve(`refused: ${event.violatedDirective}`),
          );
          (window as unknown as { ran?: boolean }).ran = false;
          setTimeout('window.ran = true' as unknown as () => void, 0);
          setTimeout(
            () => resolve((window as unknown as { ran?: boolean }).ran ? 'ran' : 'not run'),
            200,
          );
        }),
    );
    expect(pageEval).toMatch(/^refused: script-src/);
    await runCell(page, 'entropy-yours');
    expect(await output(page, 'entropy-yours').locator('.cell-error').count()).toBe(0);
    await page.context().close();
  });
});

describe.each(['light', 'dark'] as Theme[])('axe with an open editor, %s theme', (theme) => {
  it('finds no violation', async () => {
    const context = await themedContext(browser(), origin, theme);
    const page = await context.newPage();
    await page.goto(klUrl, { waitUntil: 'networkidle' });
    await openEditor(page, 'kl-from-explorer');
    await runCell(page, 'kl-from-explorer');
    await output(page, 'kl-from-explorer').locator('figure.cell-plot').waitFor();
    const violations = await axeViolations(page);
    await context.close();
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
