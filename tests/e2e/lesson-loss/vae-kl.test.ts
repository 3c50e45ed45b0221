// The vae-kl widget in its lesson: the KL term restored from a link, moved from the keyboard and
// by dragging the encoder's peak, is always the library's D(N(μ, σ²) ‖ N(0, 1)).
import { describe, expect, inject, it } from 'vitest';
import { gaussianKl } from '../../../src/lib/index.ts';
import type { VaeKlState } from '../../../src/components/widgets/vae-kl/model.ts';
import { expectClose } from '../../helpers/expect-close.ts';
import { newSiteContext } from '../helpers/browser.ts';
import { lessonUrl } from '../helpers/site-urls.ts';
import { useChromium } from '../helpers/use-chromium.ts';
import { readReadout, readWidgetState, waitForHydration, widget } from '../helpers/widgets.ts';

const origin = inject('origin');
const basePath = inject('basePath');
const browser = useChromium();
const id = 'vae-kl';

async function open(query = '') {
  const context = await newSiteContext(browser(), origin);
  const page = await context.newPage();
  await page.goto(lessonUrl(origin, basePath, 'cross-entropy-loss', query), {
    waitUntil: 'networkidle',
  });
  await widget(page, id).scrollIntoViewIfNeeded();
  await waitForHydration(page, id);
  return { context, page };
}

describe('vae-kl', () => {
  it('restores μ and σ from the URL, and reads the library KL to N(0, 1) in nats', async () => {
    const { context, page } = await open(`?unit=nats&${id}.mu=-1.5&${id}.sigma=2`);
    expect(await readWidgetState<VaeKlState>(page, id)).toEqual({ mu: -1.5, sigma: 2 });
    const kl = await readReadout(page, id, 'kl');
    expect(kl.unit).toBe('nats');
    expectClose(kl.value, gaussianKl(-1.5, 2, 0, 1, { base: Math.E }), { rel: 1e-12 });
    await context.close();
  });

  it('moves μ from the keyboard and by dragging the peak, the readout following', async () => {
    const { context, page } = await open();
    const slider = widget(page, id).locator('[data-scalar-control="mu"] input[type="range"]');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    let state = await readWidgetState<VaeKlState>(page, id);
    expect(state.mu).toBeGreaterThan(1);
    expectClose(
      (await readReadout(page, id, 'kl')).value,
      gaussianKl(state.mu, state.sigma, 0, 1),
      {
        rel: 1e-12,
      },
    );

    const peak = widget(page, id).locator('.mark-q-handles circle').first();
    const box = (await peak.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x - 60, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    state = await readWidgetState<VaeKlState>(page, id);
    expect(state.mu).toBeLessThan(1);
    expectClose(
      (await readReadout(page, id, 'kl')).value,
      gaussianKl(state.mu, state.sigma, 0, 1),
      {
        rel: 1e-12,
      },
    );
    await context.close();
  });
});
