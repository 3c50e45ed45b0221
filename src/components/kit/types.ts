/**
 * The two pure halves of a widget, shared by the server render and the client element.
 * A model never computes information itself: `readouts` calls `src/lib` with
 * `{ base: unitBase(unit) }`.
 */
import type { ChartSpec } from './chart-spec.ts';
import type { ParamCodecs } from './url-state.ts';
import type { Unit } from './unit.ts';

/** One readout: `<output data-readout={name}>` showing `value` in `unit`. */
export interface ReadoutValue {
  name: string;
  label: string;
  /** Full precision; may be ±Infinity where the mathematics says so. */
  value: number;
  /** The site unit, or `'count'` for a whole number of things (shown in full, no unit). */
  unit: Unit | 'count';
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

/** Readout values by name, computed once per update and handed to the chart. */
export type ReadoutValues = Readonly<Record<string, number>>;

/** The readouts as `ReadoutValues` (name → value). */
export function readoutValues(readouts: readonly ReadoutValue[]): ReadoutValues {
  return Object.fromEntries(readouts.map((readout) => [readout.name, readout.value]));
}

/**
 * A widget's chart as data (no Plot, no DOM): the build draws it with Plot, the client moves
 * its marks in place (`live-chart.ts`). Both functions get the readouts already computed, so
 * nothing is computed twice per update.
 */
export interface WidgetChart<S> {
  spec(state: S, unit: Unit, readouts: ReadoutValues): ChartSpec;
  /** The chart's text alternative: what it shows, with the numbers. */
  describe(state: S, unit: Unit, readouts: ReadoutValues): string;
}
