// The progress store reads whatever the reader's browser holds without trusting it: a corrupt
// or hostile value gives no progress (or loses only its bad parts), never an exception, and a
// round trip keeps every id.
import { describe, expect, it } from 'vitest';
import {
  MAX_IDS,
  MAX_LESSONS,
  MAX_PROGRESS_CHARS,
  countDone,
  isProgressDetail,
  parseProgress,
  recordProgress,
  serializeProgress,
  type Progress,
} from '../../../src/components/progress/progress-store.ts';

const ids = (progress: Progress, slug: string) => {
  const lesson = progress.get(slug);
  return (
    lesson && {
      section: [...lesson.section],
      cell: [...lesson.cell],
      exercise: [...lesson.exercise],
    }
  );
};

describe('parseProgress', () => {
  it('reads a stored value of this version', () => {
    const progress = parseProgress(
      JSON.stringify({
        v: 1,
        lessons: { entropy: { section: ['surprise', 'bits-and-nats'], exercise: ['ex-1'] } },
      }),
    );
    expect(ids(progress, 'entropy')).toEqual({
      section: ['surprise', 'bits-and-nats'],
      cell: [],
      exercise: ['ex-1'],
    });
  });

  it.each([
    ['nothing stored', null],
    ['an empty string', ''],
    ['not JSON', '{"v":1,'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['an array', '[1,2]'],
    ['another version', '{"v":2,"lessons":{"entropy":{"section":["a"]}}}'],
    ['a version as a string', '{"v":"1","lessons":{"entropy":{"section":["a"]}}}'],
    ['lessons not an object', '{"v":1,"lessons":["entropy"]}'],
    ['lessons null', '{"v":1,"lessons":null}'],
  ])('%s gives no progress', (_, raw) => {
    expect(parseProgress(raw).size).toBe(0);
  });

  it('a value longer than the limit is not even parsed', () => {
    const huge = JSON.stringify({
      v: 1,
      lessons: { entropy: { section: ['a'] } },
      pad: 'x'.repeat(MAX_PROGRESS_CHARS),
    });
    expect(parseProgress(huge).size).toBe(0);
  });

  it('drops bad slugs, bad ids and bad shapes, keeping the rest', () => {
    const raw = JSON.stringify({
      v: 1,
      lessons: {
        entropy: { section: ['ok', 7, null, '<img src=x>', '', 'x'.repeat(101), { id: 'a' }] },
        'Not A Slug': { section: ['a'] },
        '../etc': { section: ['a'] },
        'kl-divergence': 'everything',
        'cross-entropy': { section: 'a', cell: ['c-1'], exercise: [['e']] },
      },
    });
    const progress = parseProgress(raw);
    expect([...progress.keys()]).toEqual(['entropy', 'cross-entropy']);
    expect(ids(progress, 'entropy')?.section).toEqual(['ok']);
    expect(ids(progress, 'cross-entropy')).toEqual({ section: [], cell: ['c-1'], exercise: [] });
  });

  it('is not fooled by __proto__ and constructor keys', () => {
    const raw =
      '{"v":1,"lessons":{"__proto__":{"section":["a"]},"constructor":{"section":["b"]},"entropy":{"__proto__":["c"],"section":["d"]}}}';
    const progress = parseProgress(raw);
    expect(progress.has('__proto__')).toBe(false);
    expect(ids(progress, 'constructor')?.section).toEqual(['b']);
    expect(ids(progress, 'entropy')?.section).toEqual(['d']);
    expect(({} as Record<string, unknown>)['section']).toBeUndefined();
  });

  it('keeps at most MAX_LESSONS lessons and MAX_IDS ids per kind', () => {
    const lessons: Record<string, unknown> = {};
    for (let i = 0; i < MAX_LESSONS + 5; i++) lessons[`lesson-${i}`] = { section: ['a'] };
    lessons['lesson-0'] = { section: Array.from({ length: MAX_IDS + 10 }, (_, i) => `s-${i}`) };
    const progress = parseProgress(JSON.stringify({ v: 1, lessons }));
    expect(progress.size).toBe(MAX_LESSONS);
    expect(progress.get('lesson-0')?.section.size).toBe(MAX_IDS);
  });
});

describe('recordProgress and serializeProgress', () => {
  it('records once per id and kind, and survives a round trip', () => {
    const progress: Progress = new Map();
    expect(recordProgress(progress, 'entropy', { kind: 'section', id: 'surprise' })).toBe(true);
    expect(recordProgress(progress, 'entropy', { kind: 'section', id: 'surprise' })).toBe(false);
    expect(recordProgress(progress, 'entropy', { kind: 'cell', id: 'surprise' })).toBe(true);
    expect(recordProgress(progress, 'kl-divergence', { kind: 'exercise', id: 'ex.2' })).toBe(true);
    const raw = serializeProgress(progress);
    expect(JSON.parse(raw)).toEqual({
      v: 1,
      lessons: {
        entropy: { section: ['surprise'], cell: ['surprise'] },
        'kl-divergence': { exercise: ['ex.2'] },
      },
    });
    expect(ids(parseProgress(raw), 'entropy')).toEqual(ids(progress, 'entropy'));
  });

  it.each([
    ['an unknown kind', 'entropy', { kind: 'quiz', id: 'a' }],
    ['an id with markup', 'entropy', { kind: 'cell', id: '<b>' }],
    ['an id that is not a string', 'entropy', { kind: 'cell', id: 3 }],
    ['no detail', 'entropy', null],
    ['a bad lesson slug', 'Entropy!', { kind: 'cell', id: 'a' }],
    ['an empty slug', '', { kind: 'cell', id: 'a' }],
  ])('refuses %s', (_, slug, detail) => {
    const progress: Progress = new Map();
    expect(recordProgress(progress, slug, detail)).toBe(false);
    expect(progress.size).toBe(0);
  });

  it('isProgressDetail accepts the three kinds only', () => {
    for (const kind of ['section', 'cell', 'exercise'])
      expect(isProgressDetail({ kind, id: 'a-1' })).toBe(true);
    expect(isProgressDetail({ kind: 'toString', id: 'a' })).toBe(false);
  });

  it('leaves a lesson with nothing done out of the stored value', () => {
    const progress: Progress = new Map([
      [
        'entropy',
        { section: new Set<string>(), cell: new Set<string>(), exercise: new Set<string>() },
      ],
    ]);
    expect(serializeProgress(progress)).toBe('{"v":1,"lessons":{}}');
  });
});

describe('countDone', () => {
  it('counts only the ids the lesson still has', () => {
    expect(countDone(new Set(['a', 'b', 'gone']), ['a', 'b', 'c'])).toBe(2);
    expect(countDone(undefined, ['a'])).toBe(0);
    expect(countDone(new Set(['a']), [])).toBe(0);
  });
});
