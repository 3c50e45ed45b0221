/**
 * A value read from a pointer (a drag on a chart) as a slider holds it: clamped to [min, max]
 * and rounded to the slider's step (NumberControl's default, 0.01). The result is computed as
 * k / n with n = 1/step, so it is the very double the decimal a reader types or a link carries
 * reads as ("0.3", never 0.30000000000000004).
 */
export function toSliderStep(value: number, min: number, max: number, step = 0.01): number {
  const stepsPerUnit = Math.round(1 / step);
  return Math.round(Math.min(max, Math.max(min, value)) * stepsPerUnit) / stepsPerUnit;
}
