import { expect } from 'vitest';
import type { ChartSpec, MarkSpec } from '../../../src/components/kit/chart-spec.ts';

/** The mark named `name` in `spec` (fails the test if there is none). */
export function markNamed<Type extends MarkSpec['type']>(
  spec: ChartSpec,
  name: string,
  type: Type,
): Extract<MarkSpec, { type: Type }> {
  const mark = spec.marks.find((candidate) => candidate.name === name);
  if (!mark) throw new Error(`no mark ${name}`);
  expect(mark.type).toBe(type);
  return mark as Extract<MarkSpec, { type: Type }>;
}

/** Every number in every row of `spec` is finite (what Plot and the in-place update need). */
export function expectFiniteRows(spec: ChartSpec): void {
  for (const mark of spec.marks) {
    for (const row of mark.rows) {
      for (const [field, value] of Object.entries(row)) {
        if (typeof value === 'number') {
          expect(Number.isFinite(value), `${mark.name}.${field} = ${value}`).toBe(true);
        }
      }
    }
  }
}
