// At 360 CSS pixels wide (a small phone) no page scrolls sideways.
import { describe, expect, inject, it } from 'vitest';
import { newSiteContext } from './helpers/browser.ts';
import { useChromium } from './helpers/use-chromium.ts';
import { sitePageUrls } from './helpers/site-urls.ts';

const origin = inject('origin');
const urls = sitePageUrls(inject('distDir'), origin, inject('basePath'));
const browser = useChromium();

describe('360 px wide', () => {
  it.each(urls)('%s has no horizontal overflow', async (url) => {
    const context = await newSiteContext(browser(), origin, {
      viewport: { width: 360, height: 740 },
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    await context.close();
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
  });
});
