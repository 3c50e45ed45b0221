// Exercises check answers in the browser: a right answer as a decimal, a fraction or an
// expression; the other unit and unreadable input are told apart; hint then solution; a seed in
// the URL gives the same numbers on every load (and the answer is the entropy of the numbers the
// question shows, computed here with src/lib); hostile seeds are ignored with a notice; all of it
// by keyboard alone.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { entropy } from '../../src/lib/index.ts';
import { axeViolations } from './helpers/axe.ts';
import { newSiteContext } from './helpers/browser.ts';
import { lessonUrl } from './helpers/site-urls.ts';
import { themedContext } from './helpers/theme.ts';
import { useChromium } from './helpers/use-chromium.ts';

const origin = inject('origin');
const basePath = inject('basePath');
const browser = useChromium();
const entropyUrl = (suffix = ''): string => lessonUrl(origin, basePath, 'entropy', suffix);
const symbols = 'entropy-four-symbols';

async function open(
  suffix = '',
): Promise<{ page: Page; dialogs: string[]; close: () => Promise<void> }> {
  const context = await newSiteContext(browser(), origin);
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(entropyUrl(suffix), { waitUntil: 'networkidle' });
  return { page, dialogs, close: () => context.close() };
}

const form = (page: Page, id: string) => page.locator(`form[data-exercise="${id}"]`);

/** Types an answer, presses Enter, and returns the verdict and message. */
async function answer(page: Page, id: string, text: string) {
  const field = form(page, id).locator('[data-answer]');
  await field.fill(text);
  await field.press('Enter');
  const feedback = form(page, id).locator('[data-feedback]');
  await expect.poll(() => feedback.getAttribute('data-verdict')).not.toBeNull();
  const verdict = await feedback.getAttribute('data-verdict');
  const message = (await feedback.textContent()) ?? '';
  return { verdict, message };
}

/** The probabilities the four-symbol question shows. */
async function shownProbabilities(page: Page): Promise<number[]> {
  const question = form(page, symbols).locator('.exercise-question');
  const texts = await Promise.all(
    ['p1', 'p2', 'p3', 'p4'].map((key) =>
      question.locator(`span[data-live="${key}"]`).first().textContent(),
    ),
  );
  return texts.map((text) => Number((text ?? '').replace('−', '-')));
}

describe('a numeric exercise (entropy of four symbols, asked in bits)', () => {
  it('accepts the right answer as a decimal, a fraction and an expression, and reports progress', async () => {
    const { page, close } = await open();
    await page.evaluate(() => {
      (window as unknown as { progress: string[] }).progress = [];
      document.addEventListener('surprisal:progress', (event) => {
        const detail = (event as CustomEvent<{ kind: string; id: string }>).detail;
        (window as unknown as { progress: string[] }).progress.push(`${detail.kind}:${detail.id}`);
      });
    });
    const p = await shownProbabilities(page);
    const expected = entropy(p);
    expect(expected).toBe(1.75);
    for (const text of ['1.75', '7/4', '0.5*log2(2) + 0.25*log2(4) + 2*0.125*log2(8)']) {
      const result = await answer(page, symbols, text);
      expect(result.verdict, text).toBe('right');
      expect(result.message).toContain('within 0.1 %');
    }
    const progress = await page.evaluate(
      () => (window as unknown as { progress: string[] }).progress,
    );
    expect(progress).toContain(`exercise:${symbols}`);
    const wrong = await answer(page, symbols, '2');
    expect(wrong.verdict).toBe('wrong');
    await close();
  });

  it('says "other unit" for the nats value, and "invalid" for empty, text, huge or hostile input', async () => {
    const { page, dialogs, close } = await open();
    const unit = await answer(
      page,
      symbols,
      `${entropy([0.5, 0.25, 0.125, 0.125], { base: Math.E })}`,
    );
    expect(unit.verdict).toBe('unit');
    expect(unit.message).toMatch(/nats/);
    for (const text of [
      '',
      'about two',
      '1/0',
      '1e999',
      '<img src=x onerror=alert(1)>',
      'alert(1)',
    ]) {
      const result = await answer(page, symbols, text);
      expect(result.verdict, JSON.stringify(text)).toBe('invalid');
      expect(result.message.length).toBeGreaterThan(5);
    }
    // Longer than the field allows (set directly, as a paste script could).
    await form(page, symbols)
      .locator('[data-answer]')
      .evaluate((input: HTMLInputElement) => {
        input.value = '1+'.repeat(150) + '1';
      });
    await form(page, symbols).locator('[data-answer]').press('Enter');
    await expect
      .poll(() => form(page, symbols).locator('[data-feedback]').textContent())
      .toMatch(/longer than 200/);
    expect(dialogs).toEqual([]);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await close();
  });

  it('reveals the hint, then the worked solution with the answer at full precision', async () => {
    const { page, close } = await open();
    const exercise = form(page, symbols);
    expect(await exercise.locator('[data-hint]').isVisible()).toBe(false);
    await exercise.locator('[data-show-hint]').click();
    expect(await exercise.locator('[data-hint]').isVisible()).toBe(true);
    expect(await exercise.locator('[data-solution]').isVisible()).toBe(false);
    await exercise.locator('[data-show-solution]').click();
    expect(await exercise.locator('[data-solution]').isVisible()).toBe(true);
    const value = await exercise.locator('[data-solution-value]').getAttribute('data-value');
    expect(Number(value)).toBe(entropy(await shownProbabilities(page)));
    await close();
  });
});

describe('the unit verdict in a nats exercise', () => {
  it('tells a bits answer apart from a wrong one', async () => {
    const { page, close } = await open();
    const k = Number(
      await form(page, 'entropy-uniform-part').locator('span[data-live="k"]').first().textContent(),
    );
    expect((await answer(page, 'entropy-uniform-part', `log2(${k})`)).verdict).toBe('unit');
    expect((await answer(page, 'entropy-uniform-part', `ln(${k})`)).verdict).toBe('right');
    expect((await answer(page, 'entropy-uniform-part', `log(${k})`)).verdict).toBe('right');
    await close();
  });
});

describe('a choice exercise', () => {
  it('marks a wrong choice with its reason and the right one as right', async () => {
    const { page, close } = await open();
    const exercise = form(page, 'entropy-more-outcomes');
    await exercise.locator('button[data-check]').click();
    await expect
      .poll(() => exercise.locator('[data-feedback]').getAttribute('data-verdict'))
      .toBe('invalid');
    await exercise.locator('input[value="b"]').check();
    await exercise.locator('button[data-check]').click();
    await expect
      .poll(() => exercise.locator('[data-feedback]').getAttribute('data-verdict'))
      .toBe('wrong');
    await exercise.locator('input[value="a"]').check();
    await exercise.locator('button[data-check]').click();
    await expect
      .poll(() => exercise.locator('[data-feedback]').getAttribute('data-verdict'))
      .toBe('right');
    await close();
  });
});

describe('seeds', () => {
  it('gives the same numbers for the same seed on two loads, shows the seed, and checks with them', async () => {
    const seen: number[][] = [];
    for (let load = 0; load < 2; load++) {
      const { page, close } = await open(`?exercise.${symbols}.seed=17`);
      const exercise = form(page, symbols);
      await expect
        .poll(() => exercise.locator('[data-seed-text]').textContent())
        .toBe('Numbers for seed 17');
      const p = await shownProbabilities(page);
      seen.push(p);
      expect(p.reduce((sum, x) => sum + x, 0)).toBeCloseTo(1, 12);
      const value = Number(
        await exercise.locator('[data-solution-value]').getAttribute('data-value'),
      );
      expect(value).toBeCloseTo(entropy(p), 12);
      // The hint's numbers follow the seed too.
      expect(await exercise.locator('[data-hint] span[data-live="p1"]').first().textContent()).toBe(
        await exercise.locator('.exercise-question span[data-live="p1"]').first().textContent(),
      );
      expect((await answer(page, symbols, String(entropy(p)))).verdict).toBe('right');
      await close();
    }
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[0]).not.toEqual([0.5, 0.25, 0.125, 0.125]);
  });

  it('draws new numbers into the URL', async () => {
    const { page, close } = await open();
    const exercise = form(page, symbols);
    await exercise.locator('[data-new-seed]').click();
    await expect
      .poll(() => exercise.locator('[data-seed-text]').textContent())
      .toMatch(/^Numbers for seed \d+$/);
    const seed = ((await exercise.locator('[data-seed-text]').textContent()) ?? '').replace(
      /\D/g,
      '',
    );
    expect(new URL(page.url()).searchParams.get(`exercise.${symbols}.seed`)).toBe(seed);
    await close();
  });

  it.each(['<script>alert(1)</script>', '-3', '1e9', 'NaN', '9'.repeat(400)])(
    'ignores the hostile seed %s with a notice and keeps the built numbers',
    async (seed) => {
      const { page, dialogs, close } = await open(
        `?exercise.${symbols}.seed=${encodeURIComponent(seed)}`,
      );
      const exercise = form(page, symbols);
      await expect.poll(() => exercise.locator('[data-notice]').isVisible()).toBe(true);
      expect(await exercise.locator('[data-notice]').textContent()).toMatch(
        /Ignored link parameter/,
      );
      expect(await shownProbabilities(page)).toEqual([0.5, 0.25, 0.125, 0.125]);
      expect(dialogs).toEqual([]);
      expect(await exercise.locator('[data-notice] script').count()).toBe(0);
      await close();
    },
  );
});

describe('keyboard only', () => {
  it('reaches the field by Tab, checks with Enter, and opens the hint and solution', async () => {
    const { page, close } = await open();
    const exercise = form(page, symbols);
    // Start from the exercise's question (a point before the form's controls) and Tab in.
    await exercise.locator('.exercise-question').evaluate((element: HTMLElement) => {
      element.tabIndex = -1;
      element.focus();
    });
    let onField = false;
    for (let i = 0; i < 10 && !onField; i++) {
      await page.keyboard.press('Tab');
      onField = await exercise
        .locator('[data-answer]')
        .evaluate((el) => el === document.activeElement);
    }
    expect(onField, 'the answer field is reached by Tab').toBe(true);
    await page.keyboard.type('1.75');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => exercise.locator('[data-feedback]').getAttribute('data-verdict'))
      .toBe('right');
    let onHint = false;
    for (let i = 0; i < 5 && !onHint; i++) {
      await page.keyboard.press('Tab');
      onHint = await exercise
        .locator('[data-show-hint]')
        .evaluate((el) => el === document.activeElement);
    }
    expect(onHint).toBe(true);
    await page.keyboard.press('Enter');
    expect(await exercise.locator('[data-hint]').isVisible()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await exercise.locator('[data-solution]').isVisible()).toBe(true);
    await close();
  });
});

describe.each(['light', 'dark'] as const)(
  'axe, %s theme, with every exercise state shown',
  (theme) => {
    it.each([
      'entropy',
      'cross-entropy',
      'kl-divergence',
      'worked-example',
      'coin-toss',
      'cross-entropy-loss',
      'comparison',
      'mutual-information',
    ])('%s: hints and solutions open, every verdict shown, a seed notice', async (slug) => {
      const context = await themedContext(browser(), origin, theme);
      const page = await context.newPage();
      await page.goto(lessonUrl(origin, basePath, slug, '?exercise.nope.seed=%3Cb%3E'), {
        waitUntil: 'networkidle',
      });
      const forms = page.locator('form[data-exercise]');
      const count = await forms.count();
      expect(count).toBeGreaterThanOrEqual(3);
      const verdicts = ['right', 'wrong', 'unit', 'invalid'];
      for (let i = 0; i < count; i++) {
        const exercise = forms.nth(i);
        await exercise.locator('[data-show-hint]').click();
        await exercise.locator('[data-show-solution]').click();
        const field = exercise.locator('[data-answer]');
        if ((await field.count()) > 0) {
          const value = Number(
            await exercise.locator('[data-solution-value]').getAttribute('data-value'),
          );
          const unit = await exercise.getAttribute('data-unit');
          const verdict = verdicts[i % verdicts.length];
          const text =
            verdict === 'right'
              ? String(value)
              : verdict === 'unit'
                ? String(unit === 'bits' ? value * Math.LN2 : value / Math.LN2)
                : verdict === 'wrong'
                  ? String(value * 2 + 1)
                  : 'nonsense';
          await field.fill(text);
          await field.press('Enter');
        } else {
          await exercise.locator('input[type="radio"]').first().check();
          await exercise.locator('button[data-check]').click();
        }
        await expect
          .poll(() => exercise.locator('[data-feedback]').getAttribute('data-verdict'))
          .not.toBeNull();
      }
      await expect.poll(() => forms.first().locator('[data-notice]').isVisible()).toBe(true);
      const violations = await axeViolations(page);
      await context.close();
      expect(violations, `axe violations on ${slug} (${theme}):\n${violations.join('\n')}`).toEqual(
        [],
      );
    });
  },
);
