/** Exercises of the two-variables lesson (`content/lessons/08-mutual-information.mdx`). */
import {
  conditionalEntropy,
  entropy,
  jointEntropy,
  klDivergence,
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

/** The joint table of two independent variables: p(x, y) = p(x) q(y), rows x. */
const independentTable = (p: readonly number[], q: readonly number[]): number[][] =>
  p.map((px) => q.map((qy) => px * qy));

/**
 * A screening test for a rare condition X (rows: absent, present; columns: negative, positive):
 * one in twenty has it; the test finds 90 % of cases and alarms falsely on 10 % of the others.
 */
const screening = [
  [0.95 * 0.9, 0.95 * 0.1],
  [0.05 * 0.1, 0.05 * 0.9],
];
const screeningX = marginals(screening).x;
/** X given a positive test: the second column, normalised. */
const positiveColumn = screening.map((row) => row[1]!);
const givenPositive = positiveColumn.map((v) => v / (positiveColumn[0]! + positiveColumn[1]!));

/** The noisy wire of flip probability 0.1, flattened, and the product of its marginals. */
const wire = noisyWire(0.1).flat();
const wireProduct = independentTable(
  marginals(noisyWire(0.1)).x,
  marginals(noisyWire(0.1)).y,
).flat();

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
  'mi-independent-pair': {
    kind: 'numeric',
    unit: 'bits',
    question: `X takes three values with probabilities {{p1}}, {{p2}} and {{p3}}; Y, drawn
independently of X, takes two with probabilities {{q1}} and {{q2}}. What is the joint entropy
$H(X, Y)$, in bits?`,
    hint: `Independent means $p(x, y) = p(x)\\,p(y)$, so Y tells nothing about X:
$H(X \\mid Y) = H(X)$. The chain rule $H(X, Y) = H(Y) + H(X \\mid Y)$ does the rest.`,
    solution: `Independence leaves nothing shared: $I(X; Y) = 0$ and the joint entropy is the sum,
$$H(X, Y) = H(X) + H(Y) = {{hx:6}} + {{hy:6}} = {{answer:6}} \\text{ bits.}$$
(The six cells of the table, $p(x)\\,p(y)$, give the same number.)`,
    draw(rng?: Rng) {
      const p = rng ? drawDistribution(rng, 3, 0.05) : [0.5, 0.25, 0.25];
      const q = rng ? drawDistribution(rng, 2, 0.05) : [0.5, 0.5];
      return {
        values: {
          p1: p[0]!,
          p2: p[1]!,
          p3: p[2]!,
          q1: q[0]!,
          q2: q[1]!,
          hx: entropy(p),
          hy: entropy(q),
        },
        answer: jointEntropy(independentTable(p, q)),
      };
    },
  },
  'mi-one-observation': {
    kind: 'choice',
    question: `One person in twenty has a condition X. A screening test Y finds 90 % of cases and
is falsely positive for 10 % of the others. After a positive result, is your uncertainty about X,
$H(X \\mid Y = \\text{positive})$, smaller or larger than $H(X)$? And on average over both results,
$H(X \\mid Y)$?`,
    options: [
      { id: 'larger-smaller', text: 'Larger after a positive result; smaller on average' },
      {
        id: 'smaller-smaller',
        text: 'Smaller in both cases: a test always tells something',
        feedback:
          'Before the test you were nearly sure the condition was absent. Where is p(X = present) after a positive result?',
      },
      {
        id: 'larger-larger',
        text: 'Larger in both cases',
        feedback: 'Most results are negative. How uncertain are you after a negative one?',
      },
      {
        id: 'smaller-larger',
        text: 'Smaller after a positive result; larger on average',
        feedback:
          'The average is the one that cannot rise: conditioning on a variable never adds uncertainty on average.',
      },
    ],
    correct: 'larger-smaller',
    hint: `Work out $p(X = \\text{present} \\mid Y = \\text{positive})$ with Bayes' rule, and compare
the entropy of that coin with the entropy of a 1-in-20 coin.`,
    solution: `Before the test, $H(X) = {{hx}}$ bits. A positive result makes the condition
likely with probability {{present}}, much closer to a coin toss: $H(X \\mid Y = \\text{positive})
= {{hPositive}}$ bits, more than before. One result can raise the uncertainty. On average it
cannot: $H(X \\mid Y) = {{hGiven}}$ bits $\\le H(X)$, since $I(X; Y) = H(X) - H(X \\mid Y) \\ge 0$.`,
    values: {
      hx: entropy(screeningX),
      present: givenPositive[1]!,
      hPositive: entropy(givenPositive),
      hGiven: conditionalEntropy(screening, 'y'),
    },
  },
  'mi-reverse-kl': {
    kind: 'choice',
    question: `Mutual information is the divergence of the joint table from independence,
$I(X; Y) = D_{\\mathrm{KL}}\\big(p(x, y) \\,\\|\\, p(x)\\,p(y)\\big)$. Is the divergence the other way
round, $D_{\\mathrm{KL}}\\big(p(x)\\,p(y) \\,\\|\\, p(x, y)\\big)$, also equal to $I(X; Y)$?`,
    options: [
      { id: 'no', text: 'No: it is another number, and it can be infinite' },
      {
        id: 'yes',
        text: 'Yes, it is the same number',
        feedback:
          'A divergence is not symmetric. What happens when a cell of the joint table is 0 but its product of marginals is not?',
      },
      {
        id: 'zero',
        text: 'No: the reverse divergence is always 0',
        feedback: 'A divergence is 0 only when its two distributions are equal.',
      },
      {
        id: 'when-dependent',
        text: 'Only when X and Y are dependent',
        feedback:
          'When they are independent both directions are 0. Try a table where they are not, and compare the two directions.',
      },
    ],
    correct: 'no',
    hint: `Take $Y = X$ for a fair bit: the joint table has zeros off its diagonal, the product
of the marginals has 1/4 in every cell. Which direction divides by a zero?`,
    solution: `A divergence is not symmetric. For a fair bit sent down a wire that flips it with
probability 0.1, $I(X; Y) = {{forward}}$ bits while the reverse divergence is {{reverse}} bits.
For $Y = X$ the joint table has zeros where the product $p(x)\\,p(y)$ is 1/4, and the reverse
divergence is infinite, while $I(X; Y) = 1$ bit. Mutual information measures the joint table
against independence, the joint table first.`,
    values: {
      forward: klDivergence(wire, wireProduct),
      reverse: klDivergence(wireProduct, wire),
    },
  },
};
