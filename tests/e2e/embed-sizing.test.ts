// An embedded widget fits its frame: each `<iframe>` snippet of /instructors/, pasted as it is
// into a host page, grows the frame to the widget's height, so at 1280 and at 360 px wide the
// frame shows no scroll bar of its own.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { EMBED_START_HEIGHT } from '../../src/components/instructors/embed-snippet.ts';
import { completeShownAddresses } from '../../src/components/site/shown-addresses.ts';
import { loadBuiltPages } from '../site/site-pages.ts';
import { newSiteContext } from './helpers/browser.ts';
import { useChromium } from './helpers/use-chromium.ts';

const origin = inject('origin');
const browser = useChromium();
const widths = [1280, 360] as const;

/**
 * Every widget's snippet as the instructors' page shows it, by kind: read from the built page,
 * its addresses completed on the served origin as the page's own script does.
 */
function snippets(): [string, string][] {
  const instructors = loadBuiltPages(inject('distDir')).find(
    (page) => page.path === `${inject('basePath')}instructors/`,
  );
  if (!instructors) throw new Error('no built /instructors/ page');
  completeShownAddresses(instructors.document, origin);
  const found = [...instructors.document.querySelectorAll('[data-embed-snippet]')].map(
    (code): [string, string] => [
      code.getAttribute('data-embed-snippet') ?? '',
      code.textContent ?? '',
    ],
  );
  return [...new Map(found)];
}

async function frameOf(page: Page): Promise<Frame> {
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  return frame;
}

describe('embedded widgets', () => {
  const list = snippets();

  it('has a snippet for every embed page', () => {
    const embedPages = readdirSync(join(inject('distDir'), 'embed')).sort();
    expect(embedPages.length).toBeGreaterThan(0);
    expect(list.map(([kind]) => kind).sort()).toEqual(embedPages);
  });

  describe.each(widths)('%i px wide', (width) => {
    it.each(list)('%s fits its frame', async (_kind, snippet) => {
      const context = await newSiteContext(browser(), origin, {
        viewport: { width, height: 800 },
      });
      const page = await context.newPage();
      await page.setContent(
        `<!doctype html><html lang="en"><title>Host</title><body><h1>Course page</h1>${snippet}</body></html>`,
      );
      const frame = await frameOf(page);
      await frame.waitForLoadState('load');
      const scrollBars = (): Promise<{ vertical: boolean; horizontal: boolean }> =>
        frame.evaluate(() => ({
          vertical: document.documentElement.scrollHeight > window.innerHeight,
          horizontal: document.documentElement.scrollWidth > window.innerWidth,
        }));
      await expect
        .poll(scrollBars, { timeout: 10_000 })
        .toEqual({ vertical: false, horizontal: false });
      // The frame was fitted by the message, not already tall enough.
      const height = await page.$eval('iframe', (element) => (element as HTMLElement).style.height);
      await context.close();
      expect(height).toMatch(/^\d+px$/);
      expect(height).not.toBe(`${EMBED_START_HEIGHT}px`);
    });
  });
});
