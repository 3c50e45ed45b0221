// Hostile or malformed link parameters never execute, never break the widget and are reported:
// the chart and finite readouts stay, a notice lists what was ignored, no dialog opens and no
// injected code runs.
import { describe, expect, inject, it } from 'vitest';
import { newSiteContext } from './helpers/browser.ts';
import { useChromium } from './helpers/use-chromium.ts';
import { lessonUrl } from './helpers/site-urls.ts';
import { hasChart, readReadouts, widget } from './helpers/widgets.ts';

const origin = inject('origin');
const browser = useChromium();
const id = 'entropy-explorer';

const hostile: Readonly<Record<string, string>> = {
  'script markup': `${id}.p=<script>alert(1)</script>`,
  'image onerror': `${id}.p=<img src=x onerror="window.__pwned=true">`,
  NaN: `${id}.p=NaN,NaN`,
  'overflowing number': `${id}.p=1e999,0`,
  negative: `${id}.p=-1,2`,
  '10 000 characters': `${id}.p=${'0.1,'.repeat(2500)}`,
  'unknown parameter name': `${id}.zzz=1`,
  'unknown widget id': 'nosuchwidget.p=0.5,0.5',
};

describe('hostile link parameters', () => {
  it.each(Object.entries(hostile))(
    '%s: ignored with a notice, widget intact',
    async (_name, query) => {
      const context = await newSiteContext(browser(), origin);
      const page = await context.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.addInitScript(() => {
        Object.defineProperty(window, '__pwned', { value: false, writable: true });
      });
      const search = new URLSearchParams();
      const [key = '', value = ''] = query.split(/=(.*)/s);
      search.set(key, value);
      await page.goto(lessonUrl(origin, inject('basePath'), 'entropy', `?${search.toString()}`), {
        waitUntil: 'networkidle',
      });

      const notice = widget(page, id).locator('[data-notice]');
      await expect.poll(() => notice.isVisible()).toBe(true);
      expect(await hasChart(page, id), 'chart drawn').toBe(true);
      const readouts = Object.values(await readReadouts(page, id));
      expect(readouts.length).toBeGreaterThan(0);
      expect(
        readouts.every((readout) => Number.isFinite(readout.value)),
        'finite readouts',
      ).toBe(true);
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned: boolean }).__pwned)).toBe(
        false,
      );
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      await context.close();
    },
  );
});
