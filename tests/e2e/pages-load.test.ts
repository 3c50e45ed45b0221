// Every page of the site loads cleanly: no console error, no page error, no failed request and
// no request to another origin.
import { describe, expect, inject, it } from 'vitest';
import { newSiteContext } from './helpers/browser.ts';
import { useChromium } from './helpers/use-chromium.ts';
import { watchPage } from './helpers/page-watch.ts';
import { sitePageUrls } from './helpers/site-urls.ts';

const origin = inject('origin');
const urls = sitePageUrls(inject('distDir'), origin, inject('basePath'));
const browser = useChromium();

describe('every page', () => {
  it.each(urls)('%s loads without errors or foreign requests', async (url) => {
    const context = await newSiteContext(browser(), origin);
    const page = await context.newPage();
    const record = watchPage(page, origin);
    await page.goto(url, { waitUntil: 'networkidle' });
    await context.close();
    expect(record.problems()).toEqual([]);
  });
});
