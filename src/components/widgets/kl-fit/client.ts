/**
 * `<kl-fit-widget>`: fit one Gaussian to a two-mode mixture by forward and by reverse KL
 * (loaded on first interaction). The mixture's peaks and width handle can be dragged on the
 * chart (`drag.ts`); the sliders and number boxes follow and stay the keyboard path.
 *
 * The full fit takes tens of milliseconds, too long for every input. So while the reader drags
 * or slides, the widget shows a coarse fit warm-started from the last one (`refinement.ts`),
 * and `REFINE_DELAY_MS` after the last input — at once when a drag ends or a slider is let go —
 * computes the full fit a little per task and shows it: exactly the model's readouts. The
 * fitted parameters' caption says which is shown ("refining…", "refined"), and the element
 * carries `data-refined="true|false"`.
 *
 * "Play the fits" (a toggle button, `aria-pressed`) animates both optimisation paths of the
 * full fit with `requestAnimationFrame` over `ANIMATION_MS`, moving the drawn curves in place;
 * pressing it again stops. With `prefers-reduced-motion: reduce` it jumps straight to the fitted
 * curves.
 */
import { enablePointDrag } from '../../kit/point-drag.ts';
import type { ScalarControl } from '../../kit/scalar-control.ts';
import type { WidgetChart, WidgetModel } from '../../kit/types.ts';
import { WidgetElement } from '../../kit/widget-element.ts';
import { describeFits, klFitSpec, pathPositions } from './chart.ts';
import { dragTo, HANDLES } from './drag.ts';
import { knownFits } from './fit.ts';
import { formatParameter, klFitModel, parametersOf, type KlFitState } from './model.ts';
import { currentFits, refineLater, type Refinement, type ShownFits } from './refinement.ts';

const FIELDS = ['weight', 'mu1', 'mu2', 'sigma'] as const;
type Field = (typeof FIELDS)[number];
const ANIMATION_MS = 2400;
/** Quiet time after the last input before the full fit starts. */
export const REFINE_DELAY_MS = 150;

/** Whether the reader asked for less motion (false where `matchMedia` is missing). */
function prefersReducedMotion(): boolean {
  return (
    typeof window.matchMedia === 'function' &&
    window.matchMedia('(prefers-reduced-motion: reduce)').matches
  );
}

export class KlFitElement extends WidgetElement<KlFitState> {
  /** The model, but with the readouts of the fits shown now (coarse or full). */
  protected readonly model: WidgetModel<KlFitState> = {
    ...klFitModel,
    readouts: (state, unit) => {
      this.#shown = currentFits(state, unit, this.#shown);
      return this.#shown.readouts;
    },
  };
  /** The chart of the fits `model.readouts` just chose. */
  protected readonly chart: WidgetChart<KlFitState> = {
    spec: (state) => klFitSpec(state, this.#fits().points),
    describe: (state, unit, readouts) => {
      const { points, refined } = this.#fits();
      return describeFits(state, unit, points, readouts, refined ? 'fitted' : 'rough');
    },
  };
  #controls: Partial<Record<Field, ScalarControl>> = {};
  #shown: ShownFits | undefined;
  #refinement: Refinement | undefined;
  #frame: number | undefined;
  /** Play was pressed before the full fit was known: start once it is. */
  #playWhenRefined = false;

  #fits(): ShownFits {
    this.#shown ??= currentFits(this.state, this.unit);
    return this.#shown;
  }

  protected bindControls(): void {
    this.#controls = this.bindScalarFields(FIELDS);
    for (const field of FIELDS) {
      const root = this.querySelector<HTMLElement>(`[data-scalar-control="${field}"]`);
      if (!root) continue;
      // A slider let go (or stepped by a key): no need to wait for more input.
      root.addEventListener('change', () => this.#refinement?.hurry());
    }
    this.#button()?.addEventListener('click', () => {
      if (this.#frame === undefined && !this.#playWhenRefined) this.#play();
      else this.#stop();
    });
    const holder = this.querySelector<HTMLElement>('[data-chart]');
    const chart = this.liveChart;
    if (!holder || !chart) return;
    enablePointDrag(
      holder,
      chart,
      [HANDLES],
      ({ index }, x) => {
        const next = dragTo(this.state, index, x);
        const field: Field = index === 0 ? 'mu1' : index === 1 ? 'mu2' : 'sigma';
        if (next[field] === this.state[field]) return;
        this.#controls[field]?.set(next[field]);
        this.commit(next);
      },
      () => this.#refinement?.hurry(),
    );
  }

  protected syncControls(state: KlFitState): void {
    for (const field of FIELDS) this.#controls[field]?.set(state[field]);
  }

  protected override render(): void {
    this.#stop();
    super.render();
    const { points, refined } = this.#fits();
    for (const parameter of parametersOf(points)) {
      const output = this.querySelector<HTMLOutputElement>(
        `output[data-readout="${parameter.name}"]`,
      );
      if (!output) continue;
      output.dataset['value'] = String(parameter.value);
      output.textContent = formatParameter(parameter.value);
    }
    this.#showRefined(refined);
    if (refined) {
      this.#refinement?.cancel();
      this.#refinement = undefined;
    } else {
      this.#refineLater();
    }
  }

  /** Refine the state shown after the quiet time, unless that is under way already. */
  #refineLater(): void {
    if (this.#refinement?.state === this.state) return;
    this.#refinement?.cancel();
    this.#refinement = refineLater(this.state, REFINE_DELAY_MS, () => this.#refined());
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page while a coarse fit was shown: the refinement stopped on the way out.
    if (this.#shown && !this.#shown.refined) this.#refineLater();
  }

  override disconnectedCallback(): void {
    this.#stop();
    this.#refinement?.cancel();
    this.#refinement = undefined;
    super.disconnectedCallback();
  }

  /** The full fit of the state shown is known: show it (and play, if that was asked for). */
  #refined(): void {
    const play = this.#playWhenRefined;
    this.#refinement = undefined;
    this.render();
    if (play) this.#play();
  }

  #showRefined(refined: boolean): void {
    this.dataset['refined'] = String(refined);
    const status = this.querySelector('[data-fit-status]');
    const text = refined ? 'refined' : 'refining…';
    if (status && status.textContent !== text) status.textContent = text;
    // The coarse fit's numbers are not announced: the live region is busy until the fit is
    // refined, and then says the final numbers once.
    this.querySelector('.widget-readouts[aria-live]')?.setAttribute('aria-busy', String(!refined));
  }

  #button(): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>('[data-animate]');
  }

  #play(): void {
    const reduced = prefersReducedMotion();
    const fits = knownFits(this.state);
    if (!fits) {
      // The paths come from the full fit: start it now and play once it is there.
      this.#playWhenRefined = true;
      if (!reduced) this.#button()?.setAttribute('aria-pressed', 'true');
      this.#refinement?.hurry();
      return;
    }
    if (reduced) {
      this.#drawFrame(1);
      return;
    }
    this.#button()?.setAttribute('aria-pressed', 'true');
    const started = performance.now();
    const tick = (now: number): void => {
      const progress = Math.min(1, Math.max(0, (now - started) / ANIMATION_MS));
      this.#drawFrame(progress);
      if (progress < 1) this.#frame = requestAnimationFrame(tick);
      else this.#stop();
    };
    this.#frame = requestAnimationFrame(tick);
  }

  /** Stop the animation where it is (the last frame drawn stays) and release the button. */
  #stop(): void {
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
    this.#playWhenRefined = false;
    this.#button()?.setAttribute('aria-pressed', 'false');
  }

  /** Draw the full fits `progress` (0 … 1) of the way along their paths, in place. */
  #drawFrame(progress: number): void {
    const fits = knownFits(this.state);
    if (!fits) return;
    const points = pathPositions(fits, progress);
    this.liveChart?.show(
      klFitSpec(this.state, points),
      describeFits(this.state, this.unit, points, this.readouts, progress),
    );
  }
}

if (!customElements.get('kl-fit-widget')) {
  customElements.define('kl-fit-widget', KlFitElement);
}
