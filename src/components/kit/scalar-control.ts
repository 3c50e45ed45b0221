/**
 * Live behaviour of `NumberControl.astro`: the slider and the number box edit one value that
 * a codec (the same one the URL uses) must accept. A valid value is reported with `change` and
 * mirrored in the other input; a refused one with `invalid`, its reason naming the control.
 */
import { numberBoxText } from './distribution-labels.ts';
import type { ParamCodec } from './params.ts';

export interface ScalarControlHandlers {
  change(value: number): void;
  invalid(message: string): void;
}

export interface ScalarControl {
  /** Show `value` (e.g. a state restored from a link) without reporting a change. */
  set(value: number): void;
}

export function bindScalarControl(
  root: HTMLElement,
  codec: ParamCodec<number>,
  handlers: ScalarControlHandlers,
): ScalarControl {
  const range = root.querySelector<HTMLInputElement>('[data-scalar-range]');
  const box = root.querySelector<HTMLInputElement>('[data-scalar-number]');
  const label =
    root.querySelector('label')?.textContent?.trim() ?? root.dataset['scalarControl'] ?? 'value';
  const show = (value: number, except: HTMLInputElement | null): void => {
    if (range && range !== except) range.value = String(value);
    if (box && box !== except) box.value = numberBoxText(value);
  };
  root.addEventListener('input', (event) => {
    const input = event.target;
    if (!(input instanceof HTMLInputElement)) return;
    const parsed = codec.parse(input.value);
    if (!parsed.ok) {
      // A number box holding text reports an empty value, so "empty" must cover both cases.
      const reason = input.value.trim() === '' ? 'is empty or not a number' : parsed.reason;
      handlers.invalid(`${label} ${reason}.`);
      return;
    }
    show(parsed.value, input);
    handlers.change(parsed.value);
  });
  return { set: (value) => show(value, null) };
}
