// Every exercise set: seeded draws are reproducible, every number a text uses is drawn, and each
// numeric answer equals the library's value computed here, independently, from the numbers the
// question shows (not from the set's own code path).
import { describe, expect, it } from 'vitest';
import { allExercises } from '../../../src/components/exercises/exercise-registry.ts';
import { templateKeys } from '../../../src/components/exercises/exercise-template.ts';
import type { Draw, Exercise } from '../../../src/components/exercises/exercise-types.ts';
import {
  createRng,
  crossEntropy,
  entropy,
  isDistribution,
  klDivergence,
  logSoftmax,
} from '../../../src/lib/index.ts';

const exercises = [...allExercises()].map(([id, { exercise }]) => [id, exercise] as const);
const numeric = exercises.filter(
  (entry): entry is readonly [string, Extract<Exercise, { kind: 'numeric' }>] =>
    entry[1].kind === 'numeric',
);
const seeds = [
  0,
  1,
  2,
  17,
  42,
  1000,
  999_999_999,
  ...Array.from({ length: 40 }, (_, i) => 7919 * i + 3),
];
const num = (draw: Draw, key: string): number => Number(draw.values[key]);

/** The answer, from the question's numbers alone, with src/lib. */
const independent: Readonly<Record<string, (draw: Draw) => number>> = {
  'entropy-four-symbols': (d) => entropy(['p1', 'p2', 'p3', 'p4'].map((k) => num(d, k))),
  'entropy-uniform-part': (d) => Math.log(num(d, 'k')),
  'kl-two-coins': (d) =>
    klDivergence([num(d, 'p'), 1 - num(d, 'p')], [num(d, 'q'), 1 - num(d, 'q')]),
  'kl-uniform-model': (d) =>
    klDivergence(
      ['p1', 'p2', 'p3'].map((k) => num(d, k)),
      [1 / 3, 1 / 3, 1 / 3],
      {
        base: Math.E,
      },
    ),
  'ce-three-outcomes': (d) =>
    crossEntropy(
      ['p1', 'p2', 'p3'].map((k) => num(d, k)),
      ['q1', 'q2', 'q3'].map((k) => num(d, k)),
    ),
  'ce-gap-is-kl': (d) => {
    const p = ['p1', 'p2', 'p3'].map((k) => num(d, k));
    return (
      crossEntropy(
        p,
        ['q1', 'q2', 'q3'].map((k) => num(d, k)),
      ) - entropy(p)
    );
  },
  'loss-one-hot': (d) => {
    const label = ['cat', 'dog', 'fox'].indexOf(String(d.values['label']));
    return -Math.log(num(d, ['q1', 'q2', 'q3'][label]!));
  },
  'loss-from-logits': (d) => -logSoftmax(['z1', 'z2', 'z3'].map((k) => num(d, k)))[0]!,
  'coin-sequence-evidence': (d) =>
    num(d, 'k') * Math.log2(num(d, 'p') / num(d, 'q')) +
    (num(d, 'n') - num(d, 'k')) * Math.log2((1 - num(d, 'p')) / (1 - num(d, 'q'))),
  'coin-expected-evidence': (d) =>
    num(d, 'n') *
    klDivergence([num(d, 'p'), 1 - num(d, 'p')], [num(d, 'q'), 1 - num(d, 'q')], {
      base: Math.E,
    }),
  'worked-cross-entropy': (d) =>
    crossEntropy(
      [1 / 3, 1 / 3, 1 / 3],
      ['s1', 's2', 's3'].map((k) => num(d, k)),
    ),
  'worked-kl-rs': (d) =>
    klDivergence(
      [1 / 3, 1 / 3, 1 / 3],
      ['s1', 's2', 's3'].map((k) => num(d, k)),
      {
        base: Math.E,
      },
    ),
  'mi-noisy-wire': (d) => 1 - entropy([num(d, 'e'), 1 - num(d, 'e')]),
  'mi-from-entropies': (d) => {
    // I(X; Y) as the divergence of the joint table from the product of its marginals.
    const [a, b, c, e] = ['a', 'b', 'c', 'd'].map((k) => num(d, k)) as [
      number,
      number,
      number,
      number,
    ];
    const x = [a + b, c + e];
    const y = [a + c, b + e];
    return klDivergence([a, b, c, e], [x[0]! * y[0]!, x[0]! * y[1]!, x[1]! * y[0]!, x[1]! * y[1]!]);
  },
  'mi-independent-pair': (d) => {
    // Each of the six cells of the table of two independent variables, p(x) q(y), in one sum.
    const p = ['p1', 'p2', 'p3'].map((k) => num(d, k));
    const q = ['q1', 'q2'].map((k) => num(d, k));
    return entropy(p.flatMap((px) => q.map((qy) => px * qy)));
  },
  'compare-pytorch-bits': (d) => num(d, 'loss') / Math.LN2,
  'compare-entropy-from-parts': (d) => num(d, 'hpq') - num(d, 'kl'),
};

describe('exercise sets', () => {
  it('have at least one numeric and one choice exercise, and an independent check for each numeric one', () => {
    expect(numeric.length).toBeGreaterThan(0);
    expect(exercises.some(([, exercise]) => exercise.kind === 'choice')).toBe(true);
    expect(numeric.map(([id]) => id).sort()).toEqual(Object.keys(independent).sort());
  });

  it.each(numeric)('%s: the same seed gives the same numbers', (_id, exercise) => {
    for (const seed of seeds) {
      expect(exercise.draw(createRng(seed))).toEqual(exercise.draw(createRng(seed)));
    }
    const differing = seeds.filter(
      (seed) => JSON.stringify(exercise.draw(createRng(seed))) !== JSON.stringify(exercise.draw()),
    );
    expect(differing.length, 'seeds draw numbers other than the built ones').toBeGreaterThan(
      seeds.length / 2,
    );
  });

  it.each(numeric)(
    '%s: the answer is the library’s value for the shown numbers',
    (id, exercise) => {
      const check = independent[id]!;
      for (const draw of [
        exercise.draw(),
        ...seeds.map((seed) => exercise.draw(createRng(seed))),
      ]) {
        expect(Number.isFinite(draw.answer)).toBe(true);
        expect(draw.answer).toBeCloseTo(check(draw), 9);
        for (const value of Object.values(draw.values))
          if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
      }
    },
  );

  it.each(numeric)('%s: its probabilities are distributions', (_id, exercise) => {
    for (const draw of seeds.map((seed) => exercise.draw(createRng(seed)))) {
      for (const prefix of ['p', 'q']) {
        const keys = ['1', '2', '3', '4']
          .map((n) => `${prefix}${n}`)
          .filter((k) => k in draw.values);
        if (keys.length > 1) expect(isDistribution(keys.map((k) => num(draw, k)))).toBe(true);
      }
    }
  });

  it.each(exercises)('%s: every {{key}} of its texts has a value', (_id, exercise) => {
    const texts = [exercise.question, exercise.hint, exercise.solution];
    if (exercise.kind === 'choice') texts.push(...exercise.options.map((option) => option.text));
    const values =
      exercise.kind === 'numeric'
        ? { ...exercise.draw().values, answer: 0 }
        : (exercise.values ?? {});
    for (const key of texts.flatMap(templateKeys)) expect(values, key).toHaveProperty(key);
    if (exercise.kind === 'choice') {
      expect(exercise.options.map((option) => option.id)).toContain(exercise.correct);
      for (const option of exercise.options)
        if (option.id !== exercise.correct) expect(option.feedback, option.id).toBeTruthy();
    }
  });
});

describe('choice options', () => {
  it.each(exercises.filter(([, exercise]) => exercise.kind === 'choice'))(
    '%s: every option has words outside its math (a radio needs a label a screen reader reads)',
    (_id, exercise) => {
      if (exercise.kind !== 'choice') return;
      for (const option of exercise.options)
        expect(option.text.replace(/\$[^$]*\$/g, '').trim(), option.id).not.toBe('');
    },
  );
});
