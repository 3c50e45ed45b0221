import { expect, it } from 'vitest';
import { runPlan } from '../../../src/components/notebook/plan.ts';

const cells = [
  { id: 'a', declared: ['p'], free: [] },
  { id: 'b', declared: ['h'], free: ['p', 'entropy'] },
  { id: 'c', declared: [], free: ['q'] },
  { id: 'd', declared: [], free: ['h'] },
];

it('runs earlier cells not yet run, the target, then the later cells that use its names', () => {
  expect(runPlan(cells, 'a', new Set())).toEqual(['a', 'b', 'd']);
  expect(runPlan(cells, 'c', new Set(['a']))).toEqual(['b', 'c']);
  expect(runPlan(cells, 'c', new Set(['a', 'b']))).toEqual(['c']);
  expect(runPlan(cells, 'zzz', new Set())).toEqual([]);
});
