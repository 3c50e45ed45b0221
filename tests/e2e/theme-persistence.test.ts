// The dark-mode toggle is remembered: after choosing dark and reloading, the page is still dark.
import { expect, inject, it } from 'vitest';
import { newSiteContext } from './helpers/browser.ts';
import { useChromium } from './helpers/use-chromium.ts';
import { lessonUrl } from './helpers/site-urls.ts';
import { currentTheme } from './helpers/theme.ts';

const origin = inject('origin');
const browser = useChromium();

it('a dark theme chosen with the toggle survives a reload', async () => {
  const context = await newSiteContext(browser(), origin);
  const page = await context.newPage();
  await page.goto(lessonUrl(origin, inject('basePath'), 'entropy'), { waitUntil: 'networkidle' });
  const toggle = page.getByRole('button', { name: /dark|theme/i }).first();
  for (let clicks = 0; clicks < 3 && (await currentTheme(page)) !== 'dark'; clicks++)
    await toggle.click();
  expect(await currentTheme(page)).toBe('dark');

  await page.reload({ waitUntil: 'networkidle' });
  expect(await currentTheme(page)).toBe('dark');
  await context.close();
});
