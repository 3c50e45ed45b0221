// Glossary tips in a real browser (WCAG 1.4.13): a readout label's tip opens on hover and on
// keyboard focus, stays open while the pointer is over the tip itself, lets Tab reach its links,
// closes with Escape without moving focus, opens again on the next focus, and shows inside a
// 360 px window; its link reaches the glossary entry. A display formula's tip opens on keyboard focus too.
import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { newSiteContext } from './helpers/browser.ts';
import { lessonUrl } from './helpers/site-urls.ts';
import { useChromium } from './helpers/use-chromium.ts';

const origin = inject('origin');
const basePath = inject('basePath');
const browser = useChromium();

/** The tip beside the readout label `labelId`: its trigger link and its box. */
function readoutTip(page: Page, labelId: string): { trigger: Locator; box: Locator } {
  const tip = page.locator(`[id="${labelId}"] + [data-glossary-tip]`);
  return { trigger: tip.locator('a.glossary-tip-trigger'), box: tip.locator('.glossary-tip-box') };
}

/** Whether the box is shown and lies inside the window horizontally. */
const shownInside = (box: Locator): Promise<boolean> =>
  box.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return (
      getComputedStyle(element).display !== 'none' &&
      rect.width > 0 &&
      rect.left >= 0 &&
      rect.right <= document.documentElement.clientWidth
    );
  });

describe.each([
  { width: 1280, height: 800 },
  { width: 360, height: 800 },
])('at $width×$height', (viewport) => {
  it('a readout label’s tip opens on hover and on focus, and Escape closes it', async () => {
    const context = await newSiteContext(browser(), origin, { viewport });
    const page = await context.newPage();
    await page.goto(lessonUrl(origin, basePath, 'kl-divergence', '#kl-is-not-symmetric'), {
      waitUntil: 'networkidle',
    });
    const { trigger, box } = readoutTip(page, 'kl-explorer-readout-kl-qp');
    await expect(box.isVisible()).resolves.toBe(false);
    await expect(box.textContent()).resolves.toMatch(/swapped/);

    // Hover: open, and still open with the pointer on the tip's own text.
    await trigger.scrollIntoViewIfNeeded();
    await trigger.hover();
    await box.waitFor({ state: 'visible', timeout: 2000 });
    expect(await shownInside(box)).toBe(true);
    const inside = await box.boundingBox();
    await page.mouse.move(inside!.x + inside!.width / 2, inside!.y + inside!.height - 4, {
      steps: 4,
    });
    expect(await box.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'hidden', timeout: 2000 });
    await page.mouse.move(0, 0);

    // Keyboard: Tab from the readout before it, through that tip's links, onto the trigger.
    const before = readoutTip(page, 'kl-explorer-readout-kl-pq');
    await before.trigger.focus();
    await before.box.waitFor({ state: 'visible', timeout: 2000 });
    const visited: string[] = [];
    for (let presses = 0; presses < 6; presses++) {
      if (await trigger.evaluate((element) => element === document.activeElement)) break;
      await page.keyboard.press('Tab');
      visited.push(await page.evaluate(() => document.activeElement?.getAttribute('href') ?? ''));
    }
    expect(visited.slice(0, -1), 'the links inside the open tip before it').toEqual([
      `${basePath}glossary/#kl-divergence`,
      `${basePath}glossary/#truth-p`,
      `${basePath}glossary/#model-q`,
    ]);
    expect(await trigger.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await before.box.isVisible()).toBe(false);
    await box.waitFor({ state: 'visible', timeout: 2000 });
    expect(await shownInside(box)).toBe(true);
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'hidden', timeout: 2000 });
    expect(await trigger.evaluate((element) => element === document.activeElement)).toBe(true);

    // Focus away and back: it opens again; Enter follows the link to the glossary entry.
    // (Tab passes the dismissed tip's links by; Shift+Tab comes back to the trigger.)
    await page.keyboard.press('Tab');
    expect(await trigger.evaluate((element) => element === document.activeElement)).toBe(false);
    await page.keyboard.press('Shift+Tab');
    expect(await trigger.evaluate((element) => element === document.activeElement)).toBe(true);
    await box.waitFor({ state: 'visible', timeout: 2000 });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/glossary\/#kl-divergence$/);
    expect(await page.locator('h2#kl-divergence').isVisible()).toBe(true);
    await context.close();
  });
});

it('a display formula’s tip opens on keyboard focus and lists its symbols', async () => {
  const context = await newSiteContext(browser(), origin);
  const page = await context.newPage();
  await page.goto(lessonUrl(origin, basePath, 'cross-entropy'), { waitUntil: 'networkidle' });
  const wrapper = page.locator('.formula-with-tip').first();
  // The formula's own box is focusable (it scrolls on a phone); Tab from it reaches the tip.
  await wrapper.locator('.katex-display').focus();
  await page.keyboard.press('Tab');
  const box = wrapper.locator('.glossary-tip-box');
  await box.waitFor({ state: 'visible', timeout: 2000 });
  expect(await box.locator('a').first().getAttribute('href')).toBe(
    `${basePath}glossary/#cross-entropy`,
  );
  await page.keyboard.press('Escape');
  await box.waitFor({ state: 'hidden', timeout: 2000 });
  await context.close();
});
