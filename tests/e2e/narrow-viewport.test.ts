// At 360 CSS pixels wide (a small phone) no page scrolls sideways. A failure names the
// outermost elements that stick out past the right edge.
import { describe, expect, inject, it } from 'vitest';
import { newSiteContext } from './helpers/browser.ts';
import { sitePageUrls } from './helpers/site-urls.ts';
import { useChromium } from './helpers/use-chromium.ts';

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
    const { scrollWidth, innerWidth, overflowing } = await page.evaluate(() => {
      const label = (element: Element): string =>
        element.localName +
        (element.id ? `#${element.id}` : '') +
        [...element.classList].map((name) => `.${name}`).join('') +
        ` (right edge ${Math.round(element.getBoundingClientRect().right)} px)`;
      // An element inside a box that clips or scrolls sideways cannot widen the page.
      const contained = (element: Element): boolean => {
        for (
          let box = element.parentElement;
          box && box !== document.body;
          box = box.parentElement
        ) {
          const style = getComputedStyle(box);
          if (style.overflowX !== 'visible') return true;
        }
        return false;
      };
      const sticksOut = (element: Element): boolean =>
        element.getBoundingClientRect().right > window.innerWidth + 0.5 && !contained(element);
      const outermost = [...document.body.querySelectorAll('*')].filter(
        (element) =>
          sticksOut(element) && !(element.parentElement && sticksOut(element.parentElement)),
      );
      return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        overflowing: outermost.slice(0, 5).map(label),
      };
    });
    await context.close();
    expect(scrollWidth, `wider than the viewport: ${overflowing.join(', ')}`).toBeLessThanOrEqual(
      innerWidth,
    );
  });
});
