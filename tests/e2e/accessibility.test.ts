// axe finds no WCAG 2.x A/AA violation on any page, in the light and in the dark theme.
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './helpers/axe.ts';
import { useChromium } from './helpers/use-chromium.ts';
import { sitePageUrls } from './helpers/site-urls.ts';
import { themedContext, type Theme } from './helpers/theme.ts';

const origin = inject('origin');
const urls = sitePageUrls(inject('distDir'), origin, inject('basePath'));
const browser = useChromium();
const themes: readonly Theme[] = ['light', 'dark'];

describe.each(themes)('axe audit, %s theme', (theme) => {
  it.each(urls)('%s has no violation', async (url) => {
    const context = await themedContext(browser(), origin, theme);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const violations = await axeViolations(page);
    await context.close();
    expect(violations, `axe violations on ${url} (${theme}):\n${violations.join('\n')}`).toEqual(
      [],
    );
  });
});
