// Search works on a site published under a sub-path (BASE_PATH) with every off-origin request
// blocked: the module and index load from under the sub-path and every result links under it.
// The site is built a second time for this, with BASE_PATH=/course/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSiteInto } from '../../site/build-site.ts';
import { newSiteContext } from '../helpers/browser.ts';
import { watchPage } from '../helpers/page-watch.ts';
import { startStaticServer, type StaticServer } from '../helpers/static-server.ts';
import { useChromium } from '../helpers/use-chromium.ts';

const base = '/course/';
const browser = useChromium();
let outDir = '';
let server: StaticServer;

beforeAll(async () => {
  outDir = buildSiteInto(join(mkdtempSync(join(tmpdir(), 'surprisal-sub-')), 'dist'), {
    BASE_PATH: base,
  });
  server = await startStaticServer(outDir, base);
}, 240_000);

afterAll(async () => {
  await server?.close();
  if (outDir) rmSync(join(outDir, '..'), { recursive: true, force: true });
});

it('finds sections under the sub-path, offline', async () => {
  const context = await newSiteContext(browser(), server.origin);
  await context.route('**/*', (route) =>
    new URL(route.request().url()).origin === server.origin ? route.continue() : route.abort(),
  );
  const page = await context.newPage();
  const record = watchPage(page, server.origin);
  await page.goto(`${server.origin}${base}lessons/entropy/`, { waitUntil: 'networkidle' });
  const box = page.getByRole('searchbox', { name: 'Search the lessons' });
  await box.focus();
  await box.fill('divergence');
  await expect
    .poll(() => page.locator('[data-search-status]').textContent(), { timeout: 10_000 })
    .toMatch(/^\d+ pages? for “divergence”/);
  const hrefs = await page
    .locator('[data-search-results] a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  expect(hrefs.filter((href) => !href.startsWith(base))).toEqual([]);
  expect(hrefs.some((href) => href.includes('#'))).toBe(true);
  const searchRequests = record.requests.filter((url) => url.includes('/pagefind/'));
  expect(searchRequests.length).toBeGreaterThan(0);
  expect(
    searchRequests.filter((url) => !url.startsWith(`${server.origin}${base}pagefind/`)),
  ).toEqual([]);
  expect(record.problems()).toEqual([]);
  await context.close();
});
