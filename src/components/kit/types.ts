/**
 * The two pure halves of a widget, shared by the server render and the client element.
 * A model never computes information itself: `readouts` calls `src/lib` with
 * `{ base: unitBase(unit) }`.
 */
import type { PlotOptions } from '@observablehq/plot';
import type { ParamCodecs } from './url-state.ts';
import type { Unit } from './unit.ts';

/** One readout: `<output data-readout={name}>` showing `value` in `unit`. */
export interface ReadoutValue {
  name: string;
  label: string;
  /** Full precision; may be ±Infinity where the mathematics says so. */
  value: number;
  unit: Unit;
}

export interface WidgetModel<S> {
  /** The widget kind: `data-widget`, the folder name and the default instance id. */
  kind: string;
  defaults: S;
  /** One codec per state field; each field is the URL parameter of the same name. */
  codecs: ParamCodecs<S>;
  readouts(state: S, unit: Unit): ReadoutValue[];
  /**
   * Optional check across fields (e.g. p and q of the same length) that one codec cannot make:
   * the reason the state as a whole is unusable, or `undefined`. A link whose values fail it is
   * ignored with a notice, like a malformed parameter.
   */
  validate?(state: S): string | undefined;
}

export interface WidgetChart<S> {
  /** Plot options (no `document`): `Chart.astro` renders them at build time, the client live. */
  options(state: S, unit: Unit): PlotOptions;
  /** The chart's text alternative: what it shows, with the numbers. */
  describe(state: S, unit: Unit): string;
}
