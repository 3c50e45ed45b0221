// One state, many views: in the cross-entropy lesson the explorer, the coding game and the prose
// under the explorer share one (p, q). A drag in one widget moves the other and the prose; the
// "Linked" box, used by keyboard, detaches a widget; a link with the shared pair sets them all.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { crossEntropy, entropy, klDivergence } from '../../src/lib/index.ts';
import { expectClose } from '../helpers/expect-close.ts';
import { newSiteContext } from './helpers/browser.ts';
import { lessonUrl } from './helpers/site-urls.ts';
import { useChromium } from './helpers/use-chromium.ts';
import { readReadout, readWidgetState, waitForHydration, widget } from './helpers/widgets.ts';

const origin = inject('origin');
const base = inject('basePath');
const browser = useChromium();
type Pair = { p: number[]; q: number[] };

/** The prose measure's full value in bits and its text. */
const prose = (page: Page, measure: string) =>
  page
    .locator(`[data-pair-link="pair"][data-pair-quantity="${measure}"]`)
    .evaluate((span) => ({ bits: Number(span.getAttribute('data-bits')), text: span.textContent }));

async function openLesson(query = '') {
  const context = await newSiteContext(browser(), origin, {
    viewport: { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  await page.goto(lessonUrl(origin, base, 'cross-entropy', query), { waitUntil: 'networkidle' });
  return { context, page };
}

describe('the cross-entropy lesson’s linked pair', () => {
  it('dragging a q bar in the explorer moves the coding game and the prose numbers', async () => {
    const { context, page } = await openLesson();
    const id = 'cross-entropy-explorer';
    await widget(page, id).evaluate((figure) => figure.scrollIntoView({ block: 'start' }));
    await waitForHydration(page, id);
    const bar = await widget(page, id)
      .locator('[data-pair-bars] .mark-pair-q rect')
      .first()
      .boundingBox();
    expect(bar).not.toBeNull();
    const x = bar!.x + bar!.width / 2;
    await page.mouse.move(x, bar!.y + 1);
    await page.mouse.down();
    await page.mouse.move(x, bar!.y - 30, { steps: 4 });
    await page.mouse.up();
    const dragged = await readWidgetState<Pair>(page, id);
    const game = await readWidgetState<Pair>(page, 'coding-game');
    expect(game.q).toEqual(dragged.q);
    expect(game.p).toEqual(dragged.p);
    expectClose(
      (await readReadout(page, 'coding-game', 'cross-entropy')).value,
      crossEntropy(dragged.p, dragged.q),
      {
        rel: 1e-12,
      },
    );
    expectClose((await prose(page, 'kl-pq')).bits, klDivergence(dragged.p, dragged.q), {
      rel: 1e-12,
    });
    expectClose((await prose(page, 'cross-entropy-pq')).bits, crossEntropy(dragged.p, dragged.q), {
      rel: 1e-12,
    });
    await context.close();
  });

  it('unticking "Linked" by keyboard keeps the game’s pair while the explorer changes', async () => {
    const { context, page } = await openLesson();
    const box = widget(page, 'coding-game').getByRole('checkbox', { name: /Linked/ });
    await box.focus();
    await waitForHydration(page, 'coding-game');
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(false);
    const before = await readWidgetState<Pair>(page, 'coding-game');
    const slider = widget(page, 'cross-entropy-explorer')
      .locator('[data-distribution-editor="q"] input[type="range"]')
      .first();
    await slider.focus();
    await waitForHydration(page, 'cross-entropy-explorer');
    await page.keyboard.press('ArrowRight');
    const explorer = await readWidgetState<Pair>(page, 'cross-entropy-explorer');
    expect(explorer.q).not.toEqual(before.q);
    expect((await readWidgetState<Pair>(page, 'coding-game')).q).toEqual(before.q);
    expectClose((await prose(page, 'kl-pq')).bits, klDivergence(explorer.p, explorer.q), {
      rel: 1e-12,
    });
    await context.close();
  });

  it('?pair.p=…&pair.q=… sets both widgets and the prose on load, in nats too', async () => {
    const p = [0.7, 0.2, 0.1];
    const q = [0.3, 0.3, 0.4];
    const { context, page } = await openLesson(
      `?pair.p=${p.join(',')}&pair.q=${q.join(',')}&unit=nats`,
    );
    for (const id of ['cross-entropy-explorer', 'coding-game']) {
      expect(await readWidgetState<Pair>(page, id)).toEqual({
        ...(await readWidgetState<Pair>(page, id)),
        p,
        q,
      });
      expectClose(
        (await readReadout(page, id, 'cross-entropy')).value,
        crossEntropy(p, q, { base: Math.E }),
        {
          rel: 1e-12,
        },
      );
    }
    const h = await prose(page, 'entropy-p');
    expectClose(h.bits, entropy(p), { rel: 1e-12 });
    expect(h.text).toMatch(/ nats$/);
    await context.close();
  });
});
