import { describe, expect, it } from 'vitest';
import { progressSummary } from '../../../src/components/progress/progress-summary.ts';
import { emptyLesson } from '../../../src/components/progress/progress-store.ts';

const totals = {
  section: ['a', 'b', 'c', 'd', 'e', 'f', 'g'],
  exercise: ['e1', 'e2', 'e3', 'e4'],
  cell: ['c1', 'c2'],
};
const done = (section: string[], exercise: string[] = [], cell: string[] = []) => {
  const lesson = emptyLesson();
  section.forEach((id) => lesson.section.add(id));
  exercise.forEach((id) => lesson.exercise.add(id));
  cell.forEach((id) => lesson.cell.add(id));
  return lesson;
};

describe('progressSummary', () => {
  it('says each kind the lesson has, done of total', () => {
    expect(progressSummary(totals, done(['a', 'b', 'c'], ['e1', 'e3'], ['c2']))).toBe(
      '3 of 7 sections read · 2 of 4 exercises · 1 of 2 cells run',
    );
  });

  it('leaves out kinds the lesson has none of (today: no exercises, no cells)', () => {
    expect(progressSummary({ ...totals, exercise: [], cell: [] }, done(['a']))).toBe(
      '1 of 7 sections read',
    );
  });

  it('speaks of one item in the singular', () => {
    expect(progressSummary({ section: ['a'], exercise: ['e'], cell: ['c'] }, done([], ['e']))).toBe(
      '0 of 1 section read · 1 of 1 exercise · 0 of 1 cell run',
    );
  });

  it('says nothing for a lesson not started, or done only in ids it no longer has', () => {
    expect(progressSummary(totals, undefined)).toBe('');
    expect(progressSummary(totals, done([]))).toBe('');
    expect(progressSummary(totals, done(['renamed-away'], ['gone']))).toBe('');
  });
});
