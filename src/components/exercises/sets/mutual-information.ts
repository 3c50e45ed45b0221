/** Exercises of the two-variables lesson (`content/lessons/08-mutual-information.mdx`). */
import {
  entropy,
  jointEntropy,
  marginals,
  mutualInformation,
  type Rng,
} from '../../../lib/index.ts';
import { drawDistribution, drawStep } from '../draw.ts';
import type { ExerciseSet } from '../exercise-types.ts';

/** A fair bit sent through a wire that flips it with probability e: the joint table. */
const noisyWire = (e: number): number[][] => [
  [0.5 * (1 - e), 0.5 * e],
  [0.5 * e, 0.5 * (1 - e)],
];

/** A 2×2 joint table whose mutual information is at least 0.05 bits. */
function drawTable(rng: Rng): number[][] {
  for (;;) {
    const [a = 0, b = 0, c = 0, d = 0] = drawDistribution(rng, 4, 0.05);
    const table = [
      [a, b],
      [c, d],
    ];
    if (mutualInformation(table) >= 0.05) return table;
  }
}

export const exercises: ExerciseSet = {
  'mi-noisy-wire': {
    kind: 'numeric',
    unit: 'bits',
    question: `A fair bit X is sent down a wire that flips it with probability {{e}}; Y is what
arrives. What is the mutual information $I(X; Y)$, in bits?`,
    hint: `$I(X; Y) = H(Y) - H(Y \\mid X)$. Y is a fair bit too; once X is known, what is left
of Y is whether the wire flipped it.`,
    solution: `Y is fair, so $H(Y) = 1$ bit. Given X, Y is flipped with probability {{e}}, so
$H(Y \\mid X)$ is the binary entropy of {{e}}, {{hFlip:6}} bits. Hence
$I(X; Y) = 1 - {{hFlip:6}} = {{answer:6}}$ bits.`,
    draw(rng?: Rng) {
      const e = rng ? drawStep(rng, 0.05, 0.45, 0.05) : 0.1;
      return {
        values: { e, hFlip: entropy([e, 1 - e]) },
        answer: mutualInformation(noisyWire(e)),
      };
    },
  },
  'mi-from-entropies': {
    kind: 'numeric',
    unit: 'bits',
    question: `For two variables, $H(X) = {{hx:6}}$ bits, $H(Y) = {{hy:6}}$ bits and
$H(X, Y) = {{hxy:6}}$ bits. What is $I(X; Y)$, in bits?`,
    hint: `The joint entropy counts the shared part once; the two entropies count it twice.`,
    solution: `$$I(X; Y) = H(X) + H(Y) - H(X, Y) = {{hx:6}} + {{hy:6}} - {{hxy:6}} = {{answer:6}} \\text{ bits}$$
(The table was $p(x, y)$ = ({{a}}, {{b}}; {{c}}, {{d}}), rows x and columns y.)`,
    draw(rng?: Rng) {
      const table = rng
        ? drawTable(rng)
        : [
            [0.4, 0.1],
            [0.1, 0.4],
          ];
      const { x, y } = marginals(table);
      return {
        values: {
          hx: entropy(x),
          hy: entropy(y),
          hxy: jointEntropy(table),
          a: table[0]![0]!,
          b: table[0]![1]!,
          c: table[1]![0]!,
          d: table[1]![1]!,
        },
        answer: mutualInformation(table),
      };
    },
  },
  'mi-copy-of-y': {
    kind: 'choice',
    question: `You learn Y, which tells you $I(X; Y)$ about X. Then you are also shown Z, an exact
copy of Y. How much does Z add to what you know about X?`,
    options: [
      { id: 'nothing', text: 'Nothing: I(X; Y, Z) = I(X; Y)' },
      {
        id: 'again',
        text: 'As much again: I(X; Y, Z) = 2 I(X; Y)',
        feedback:
          'Information is a reduction of uncertainty. What uncertainty about X is left for Z to remove?',
      },
      {
        id: 'depends',
        text: 'It depends on how much entropy Z has',
        feedback: 'Z has as much entropy as Y, but all of it is already known once Y is.',
      },
    ],
    correct: 'nothing',
    hint: `By the chain rule, $I(X; Y, Z) = I(X; Y) + I(X; Z \\mid Y)$. What is left of Z once
Y is known?`,
    solution: `Once Y is known Z is certain, so $H(Z \\mid Y) = 0$, and a variable with no
uncertainty left can tell nothing more: $I(X; Z \\mid Y) = 0$. By the chain rule
$I(X; Y, Z) = I(X; Y) + 0$. A repeated measurement adds nothing; only new, independent noise
would.`,
  },
};
