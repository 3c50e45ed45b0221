/**
 * An exercise made live (a lazy chunk, imported by `exercise-loader.ts`): Check reads the answer
 * with `answer-parser.ts` and judges it with `answer-check.ts` (a choice by its option), writes
 * the verdict to `[data-feedback]` (`data-verdict`), and reports a right answer as progress. A
 * numeric exercise draws its numbers from `?exercise.ID.seed=N` with the set's own `draw` and
 * src/lib, rewriting only the number spans of the question, hint and solution; "new numbers"
 * picks a fresh seed and writes it to the URL (`history.replaceState`) so the link can be copied.
 */
import { createRng } from '../../lib/rng.ts';
import { appendNotice } from '../kit/notice.ts';
import { reportProgress } from '../progress/progress-event.ts';
import { checkAnswer, type Verdict } from './answer-check.ts';
import { applyExerciseValues } from './exercise-live.ts';
import { MAX_SEED, readSeed, strayExerciseParams, withSeed } from './exercise-seed.ts';
import type { Draw, Exercise, ExerciseSet } from './exercise-types.ts';

const sets = import.meta.glob<{ exercises: ExerciseSet }>('./sets/*.ts');

/** A fresh seed for "new numbers" (not for anything secret). */
function randomSeed(): number {
  return 1 + Math.floor(Math.random() * Math.min(MAX_SEED, 999_999));
}

class LiveExercise {
  private draw: Draw | undefined;
  /** The frame that rewrites a repeated message (see `show`). */
  private pending: number | undefined;

  constructor(
    private readonly form: HTMLFormElement,
    private readonly id: string,
    private readonly exercise: Exercise,
  ) {
    this.draw = exercise.kind === 'numeric' ? exercise.draw() : undefined;
  }

  start(search: URLSearchParams): void {
    const { form } = this;
    const notice = form.querySelector<HTMLElement>('[data-notice]');
    const { seed, ignored } = readSeed(search, this.id, this.exercise.kind === 'numeric');
    const forms = [...form.ownerDocument.querySelectorAll<HTMLElement>('form[data-exercise]')];
    const stray =
      forms[0] === form
        ? strayExerciseParams(search, new Set(forms.map((each) => each.dataset['exercise'] ?? '')))
        : [];
    if (notice) appendNotice(notice, [...ignored, ...stray]);
    if (seed !== undefined) this.redraw(seed);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.check();
    });
    form.querySelector('[data-new-seed]')?.addEventListener('click', () => this.newNumbers());
    const pending = form.dataset['pending'];
    delete form.dataset['pending'];
    if (pending === 'check') this.check();
    else if (pending === 'new-seed') this.newNumbers();
  }

  /** Draws the numbers of `seed` into the question, hint, solution and the check. */
  private redraw(seed: number): void {
    if (this.exercise.kind !== 'numeric') return;
    const draw = this.exercise.draw(createRng(seed));
    this.draw = draw;
    applyExerciseValues(this.form, { ...draw.values, answer: draw.answer });
    this.form
      .querySelector('[data-solution-value]')
      ?.setAttribute('data-value', String(draw.answer));
    const text = this.form.querySelector('[data-seed-text]');
    if (text) text.textContent = `Numbers for seed ${seed}`;
    this.form.dataset['seed'] = String(seed);
  }

  private newNumbers(): void {
    const seed = randomSeed();
    const { location, history } = this.form.ownerDocument.defaultView ?? window;
    history.replaceState(
      history.state,
      '',
      withSeed(location.search, this.id, seed) + location.hash,
    );
    this.redraw(seed);
    const answer = this.form.querySelector<HTMLInputElement>('[data-answer]');
    if (answer) answer.value = '';
    this.show('', undefined);
    for (const details of this.form.querySelectorAll('details')) details.open = false;
  }

  private check(): void {
    const { exercise } = this;
    if (exercise.kind === 'numeric') {
      const input = this.form.querySelector<HTMLInputElement>('[data-answer]');
      const result = checkAnswer(input?.value ?? '', this.draw?.answer ?? NaN, exercise.unit);
      this.show(result.message, result.verdict);
      if (result.verdict !== 'right') input?.setAttribute('aria-invalid', 'true');
      else input?.removeAttribute('aria-invalid');
      return;
    }
    const chosen = this.form.querySelector<HTMLInputElement>('[data-choice]:checked');
    if (!chosen) return this.show('Choose one answer first.', 'invalid');
    if (chosen.value === exercise.correct) return this.show('Right.', 'right');
    const option = exercise.options.find((each) => each.id === chosen.value);
    this.show(`Not this one. ${option?.feedback ?? 'Try the hint.'}`, 'wrong');
  }

  /**
   * Writes the feedback. A live region whose text does not change is not announced again, so
   * the same message a second time (the same wrong answer checked twice) empties the region
   * now and writes it on the next frame: a screen reader hears it again. Until then the region
   * has no verdict either, so nothing reads half of it.
   */
  private show(message: string, verdict: Verdict | undefined): void {
    const feedback = this.form.querySelector<HTMLElement>('[data-feedback]');
    if (!feedback) return;
    const view = this.form.ownerDocument.defaultView;
    if (this.pending !== undefined) view?.cancelAnimationFrame(this.pending);
    this.pending = undefined;
    if (verdict === 'right') reportProgress({ kind: 'exercise', id: this.id });
    if (message !== '' && message === feedback.textContent && view) {
      write(feedback, '', undefined);
      this.pending = view.requestAnimationFrame(() => {
        this.pending = undefined;
        write(feedback, message, verdict);
      });
      return;
    }
    write(feedback, message, verdict);
  }
}

function write(feedback: HTMLElement, message: string, verdict: Verdict | undefined): void {
  feedback.textContent = message;
  if (verdict === undefined) feedback.removeAttribute('data-verdict');
  else feedback.dataset['verdict'] = verdict;
}

/** Makes one exercise form live (once); its set's module is loaded on demand. */
const starting = new WeakSet<HTMLFormElement>();

export async function enhance(form: HTMLFormElement): Promise<void> {
  if (starting.has(form)) return;
  starting.add(form);
  const id = form.dataset['exercise'] ?? '';
  const load = sets[`./sets/${form.dataset['exerciseSet'] ?? ''}.ts`];
  const exercise = load ? (await load()).exercises[id] : undefined;
  if (!exercise) return;
  // Live from here on: a Check pressed before this line is pending and done by `start`.
  form.setAttribute('data-enhanced', '');
  new LiveExercise(form, id, exercise).start(
    new URLSearchParams(form.ownerDocument.defaultView?.location.search ?? ''),
  );
}
