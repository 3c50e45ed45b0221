// The exercise client on the component's own server HTML: Check, verdicts and progress; a seed
// in the URL redraws the numbers of question, hint and solution; "new numbers" writes a seed
// to the URL; a hostile seed is ignored with a notice; a Check pressed before the client is
// live is done when it arrives.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import Exercise from '../../../src/components/exercises/Exercise.astro';
import { enhance } from '../../../src/components/exercises/exercise-client.ts';
import { PROGRESS_EVENT } from '../../../src/components/progress/progress-event.ts';
import { crossEntropy } from '../../../src/lib/index.ts';
import { installDom } from '../widgets/dom.ts';
import { renderWidgetHtml } from '../widgets/mount-widget.ts';

let removeDom: () => void = () => undefined;
beforeAll(() => {
  removeDom = installDom();
});
afterAll(() => removeDom());

async function mount(id: string, url = '/lessons/cross-entropy/'): Promise<HTMLFormElement> {
  window.history.replaceState(null, '', url);
  document.body.innerHTML = await renderWidgetHtml(Exercise, { id });
  const form = document.querySelector<HTMLFormElement>(`form[data-exercise="${id}"]`);
  if (!form) throw new Error('no exercise form rendered');
  return form;
}

const submit = (form: HTMLFormElement): void => {
  form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
};
const feedback = (form: HTMLFormElement) => form.querySelector<HTMLElement>('[data-feedback]')!;
const shown = (form: HTMLFormElement, key: string): number =>
  Number(
    form.querySelector(`.exercise-question [data-live="${key}"]`)?.textContent?.replace('−', '-'),
  );

afterEach(() => {
  document.body.innerHTML = '';
});

describe('exercise client', () => {
  it('renders the contract: data-unit, a labelled field, feedback live region, hint and solution', async () => {
    const form = await mount('ce-three-outcomes');
    expect(form.dataset['unit']).toBe('bits');
    const input = form.querySelector<HTMLInputElement>('[data-answer]')!;
    expect(form.querySelector(`label[for="${input.id}"]`)?.textContent).toContain('bits');
    expect(feedback(form).getAttribute('aria-live')).toBe('polite');
    expect(form.querySelector('details [data-hint]')).not.toBeNull();
    const value = form.querySelector('[data-solution-value]')?.getAttribute('data-value');
    const p = ['p1', 'p2', 'p3'].map((k) => shown(form, k));
    const q = ['q1', 'q2', 'q3'].map((k) => shown(form, k));
    expect(Number(value)).toBe(crossEntropy(p, q));
  });

  it('checks an answer, sets the verdict and reports progress when right', async () => {
    const form = await mount('ce-three-outcomes');
    const reported: string[] = [];
    document.addEventListener(PROGRESS_EVENT, (event) =>
      reported.push((event as CustomEvent<{ id: string }>).detail.id),
    );
    await enhance(form);
    const input = form.querySelector<HTMLInputElement>('[data-answer]')!;
    input.value = 'nonsense';
    submit(form);
    expect(feedback(form).dataset['verdict']).toBe('invalid');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    input.value = '0.5*2 + 0.25*1 + 0.25*2';
    submit(form);
    expect(feedback(form).dataset['verdict']).toBe('right');
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(reported).toEqual(['ce-three-outcomes']);
  });

  it('announces the same feedback again: the live region empties, then gets the text back', async () => {
    const form = await mount('ce-three-outcomes');
    await enhance(form);
    form.querySelector<HTMLInputElement>('[data-answer]')!.value = '0.5';
    submit(form);
    const first = feedback(form).textContent;
    expect(feedback(form).dataset['verdict']).toBe('wrong');
    const texts: string[] = [];
    const observer = new MutationObserver(() => texts.push(feedback(form).textContent ?? ''));
    observer.observe(feedback(form), { childList: true, characterData: true, subtree: true });
    submit(form);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 0));
    observer.disconnect();
    expect(texts).toEqual(['', first]);
    expect(feedback(form).dataset['verdict']).toBe('wrong');
  });

  it('does a Check pressed before the client was live', async () => {
    const form = await mount('ce-three-outcomes');
    form.querySelector<HTMLInputElement>('[data-answer]')!.value = '1.75';
    form.dataset['pending'] = 'check';
    await enhance(form);
    expect(feedback(form).dataset['verdict']).toBe('right');
  });

  it('redraws question, hint and solution from a seed in the URL, and shows the seed', async () => {
    const form = await mount(
      'ce-three-outcomes',
      '/lessons/cross-entropy/?exercise.ce-three-outcomes.seed=17',
    );
    await enhance(form);
    expect(form.querySelector('[data-seed-text]')?.textContent).toBe('Numbers for seed 17');
    const p = ['p1', 'p2', 'p3'].map((k) => shown(form, k));
    const q = ['q1', 'q2', 'q3'].map((k) => shown(form, k));
    expect([p, q]).not.toEqual([
      [0.5, 0.25, 0.25],
      [0.25, 0.5, 0.25],
    ]);
    const hintP1 = form.querySelector('[data-hint] [data-live="p1"]')?.textContent;
    expect(Number(hintP1)).toBe(p[0]);
    const answer = Number(form.querySelector('[data-solution-value]')?.getAttribute('data-value'));
    expect(answer).toBeCloseTo(crossEntropy(p, q), 12);
    form.querySelector<HTMLInputElement>('[data-answer]')!.value = String(answer);
    submit(form);
    expect(feedback(form).dataset['verdict']).toBe('right');
  });

  it('ignores a hostile seed with a notice, as text', async () => {
    const form = await mount(
      'ce-three-outcomes',
      `/lessons/cross-entropy/?exercise.ce-three-outcomes.seed=${encodeURIComponent('<img src=x onerror=alert(1)>')}&exercise.nope.seed=3`,
    );
    await enhance(form);
    const notice = form.querySelector<HTMLElement>('[data-notice]')!;
    expect(notice.hidden).toBe(false);
    expect(notice.querySelectorAll('li')).toHaveLength(2);
    expect(notice.querySelector('img')).toBeNull();
    expect(notice.textContent).toContain('no exercise with that id');
    expect(shown(form, 'p1')).toBe(0.5);
  });

  it('"new numbers" writes a fresh seed to the URL and redraws', async () => {
    const form = await mount('ce-three-outcomes', '/lessons/cross-entropy/?unit=nats#x');
    await enhance(form);
    form.querySelector<HTMLButtonElement>('[data-new-seed]')!.click();
    const seed = new URLSearchParams(window.location.search).get('exercise.ce-three-outcomes.seed');
    expect(seed).toMatch(/^\d+$/);
    expect(new URLSearchParams(window.location.search).get('unit')).toBe('nats');
    expect(window.location.hash).toBe('#x');
    expect(form.querySelector('[data-seed-text]')?.textContent).toBe(`Numbers for seed ${seed}`);
  });

  it('checks a choice: nothing chosen is invalid, a wrong option says why, the right one is right', async () => {
    const form = await mount('ce-model-equals-truth');
    expect(form.dataset['unit']).toBe('none');
    expect(form.querySelector('fieldset legend')).not.toBeNull();
    await enhance(form);
    submit(form);
    expect(feedback(form).dataset['verdict']).toBe('invalid');
    form.querySelector<HTMLInputElement>('input[value="zero"]')!.checked = true;
    submit(form);
    expect(feedback(form).dataset['verdict']).toBe('wrong');
    expect(feedback(form).textContent).toContain('D(p‖p)');
    form.querySelector<HTMLInputElement>('input[value="entropy"]')!.checked = true;
    submit(form);
    expect(feedback(form).dataset['verdict']).toBe('right');
  });
});
