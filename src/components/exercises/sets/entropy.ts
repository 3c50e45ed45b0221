/** Exercises of the entropy lesson (`content/lessons/01-entropy.mdx`). */
import { crossEntropyTerms, entropy, gaussianEntropy, type Rng } from '../../../lib/index.ts';
import { drawDistribution, drawInteger } from '../draw.ts';
import type { ExerciseSet } from '../exercise-types.ts';

/** Uniform on the first k of n outcomes, zero on the rest. */
const uniformOnPart = (k: number, n: number): number[] =>
  Array.from({ length: n }, (_, i) => (i < k ? 1 / k : 0));

/** The "many outcomes" distribution: `top` on one of 100 outcomes, the rest spread evenly. */
const nearlyCertain = (top: number): number[] =>
  Array.from({ length: 100 }, (_, i) => (i === 0 ? top : (1 - top) / 99));

const merged = [0.25, 0.25, 0.5];

/** The summer and autumn forecasts over (sun, cloud, rain): the same numbers, moved around. */
const summer = [0.7, 0.2, 0.1];
const autumn = [0.1, 0.7, 0.2];

/** The standard deviation of a Gaussian whose differential entropy is −3 bits. */
const sigmaForMinusThree = 2 ** -3 / Math.sqrt(2 * Math.PI * Math.E);

export const exercises: ExerciseSet = {
  'entropy-four-symbols': {
    kind: 'numeric',
    unit: 'bits',
    question: `A source sends four symbols with probabilities {{p1}}, {{p2}}, {{p3}} and {{p4}}.
What is its entropy, in bits?`,
    hint: `Entropy is the average surprise: add $-p \\log_2 p$ over the four symbols. The first
symbol alone contributes $-{{p1}} \\log_2 {{p1}} = {{t1}}$ bits.`,
    solution: `One term per symbol:
$$H = -\\sum_x p(x) \\log_2 p(x) = {{t1}} + {{t2}} + {{t3}} + {{t4}} = {{answer:6}} \\text{ bits.}$$`,
    draw(rng?: Rng) {
      const p = rng ? drawDistribution(rng, 4, 0.05) : [0.5, 0.25, 0.125, 0.125];
      const terms = crossEntropyTerms(p, p);
      return {
        values: {
          p1: p[0]!,
          p2: p[1]!,
          p3: p[2]!,
          p4: p[3]!,
          t1: terms[0]!,
          t2: terms[1]!,
          t3: terms[2]!,
          t4: terms[3]!,
        },
        answer: entropy(p),
      };
    },
  },
  'entropy-uniform-part': {
    kind: 'numeric',
    unit: 'nats',
    question: `A distribution on eight outcomes gives probability $1/{{k}}$ to each of {{k}} of
them and probability 0 to the other {{rest}}. What is its entropy, in nats?`,
    hint: `Outcomes of probability 0 add nothing to the entropy. Nats use the natural logarithm.`,
    solution: `The outcomes of probability 0 contribute nothing, so this is the uniform
distribution on {{k}} outcomes: $H = \\ln {{k}} = {{answer:6}}$ nats. The eight outcomes do not
matter, only the {{k}} that can happen. (In bits the same amount is $\\log_2 {{k}} = {{bits:6}}$.)`,
    draw(rng?: Rng) {
      const k = rng ? drawInteger(rng, 2, 7) : 5;
      const p = uniformOnPart(k, 8);
      return {
        values: { k, rest: 8 - k, bits: entropy(p) },
        answer: entropy(p, { base: Math.E }),
      };
    },
  },
  'entropy-more-outcomes': {
    kind: 'choice',
    question: `Distribution A is uniform on 4 outcomes. Distribution B has 100 outcomes: one has
probability 0.97 and the other 99 share the remaining 0.03 equally. Which has the higher entropy?`,
    options: [
      { id: 'a', text: 'A' },
      {
        id: 'b',
        text: 'B, because it has more outcomes',
        feedback:
          'More outcomes allow a higher entropy, but they do not give it: what counts is how evenly the probability is spread.',
      },
      {
        id: 'equal',
        text: 'They have the same entropy',
        feedback: 'Work out each one: a near-certain outcome means little surprise on average.',
      },
      {
        id: 'values',
        text: 'It depends on what the outcomes are',
        feedback:
          'Entropy depends only on the probabilities, not on what the outcomes are called or worth.',
      },
    ],
    correct: 'a',
    hint: `How surprised are you, on average, by B? Most of the time the 0.97 outcome happens.`,
    solution: `$H(A) = \\log_2 4 = {{hA}}$ bits. B is nearly certain: $H(B) = {{hB}}$ bits, although
its 100 outcomes would allow up to $\\log_2 100 = {{maxB}}$ bits if they were equally likely.
The count of outcomes caps the entropy; the spread of the probabilities sets it.`,
    values: {
      hA: entropy([0.25, 0.25, 0.25, 0.25]),
      hB: entropy(nearlyCertain(0.97)),
      maxB: Math.log2(100),
    },
  },
  'entropy-merge-outcomes': {
    kind: 'choice',
    question: `You stop telling two outcomes apart — say "rain" and "snow" both become
"precipitation" — and keep the other outcomes as they were. What can happen to the entropy?`,
    options: [
      { id: 'no-increase', text: 'It can fall or stay the same, never rise' },
      {
        id: 'falls',
        text: 'It always falls',
        feedback: 'What if one of the two merged outcomes has probability 0?',
      },
      {
        id: 'either',
        text: 'It can rise or fall, depending on the probabilities',
        feedback: 'Compare the two merged outcomes’ terms before and after the merge.',
      },
      {
        id: 'same',
        text: 'It stays the same, since the probabilities still add up to 1',
        feedback: 'Try (0.25, 0.25, 0.5) merged into (0.5, 0.5).',
      },
    ],
    correct: 'no-increase',
    hint: `Two outcomes of probabilities a and b contribute $-a \\log a - b \\log b$ before the
merge and $-(a + b) \\log (a + b)$ after it. Which is larger, $\\log a$ or $\\log(a + b)$?`,
    solution: `Since $\\log(a + b) \\ge \\log a$ and $\\log(a + b) \\ge \\log b$,
$-(a+b)\\log(a+b) = -a\\log(a+b) - b\\log(a+b) \\le -a\\log a - b\\log b$: the merge never
raises the entropy, and it keeps it only when a or b is 0. For example (0.25, 0.25, 0.5) has
{{before}} bits and, merged into (0.5, 0.5), {{after}} bit.`,
    values: { before: entropy(merged), after: entropy([0.5, 0.5]) },
  },
  'entropy-reordered': {
    kind: 'choice',
    question: `A weather service forecasts sun, cloud and rain with probabilities {{s1}}, {{s2}}
and {{s3}} on a summer day, and {{a1}}, {{a2}} and {{a3}} on an autumn day. On which day is the
forecast more uncertain, in the sense of entropy?`,
    options: [
      { id: 'same', text: 'Neither: both forecasts have the same entropy' },
      {
        id: 'summer',
        text: 'The summer day, since the likeliest outcome is sun',
        feedback: 'Which outcome is likely does not enter the formula, only how likely it is.',
      },
      {
        id: 'autumn',
        text: 'The autumn day, since rain is more likely',
        feedback:
          'Rain being likelier does not make the forecast more uncertain: list the three probabilities of each day from largest to smallest.',
      },
      {
        id: 'values',
        text: 'It cannot be said without knowing how bad rain is',
        feedback:
          'Entropy depends only on the probabilities, not on what the outcomes are worth to you.',
      },
    ],
    correct: 'same',
    hint: `Write out $-\\sum p \\log_2 p$ for each day. Does the sum care in which order the
terms come?`,
    solution: `The autumn forecast gives the same three probabilities to other outcomes, and a sum
does not depend on the order of its terms: both days have $H = {{h}}$ bits. Entropy measures how
spread the probabilities are, whatever they are attached to.`,
    values: {
      s1: summer[0]!,
      s2: summer[1]!,
      s3: summer[2]!,
      a1: autumn[0]!,
      a2: autumn[1]!,
      a3: autumn[2]!,
      h: entropy(summer),
    },
  },
  'entropy-negative': {
    kind: 'choice',
    question: `Which of these can have an entropy of $-3$ bits: a Gaussian (differential
entropy), a distribution on three outcomes, both, or neither?`,
    options: [
      { id: 'gaussian', text: 'Only the Gaussian' },
      {
        id: 'discrete',
        text: 'Only the distribution on three outcomes',
        feedback:
          'With p at most 1, what sign does each term $-p \\log_2 p$ of a discrete entropy have?',
      },
      {
        id: 'both',
        text: 'Both of them',
        feedback:
          'One of the two is a sum of terms that are never negative: which one, and what does that say about the sum?',
      },
      {
        id: 'neither',
        text: 'Neither: an entropy is never negative',
        feedback:
          'That holds for probabilities, at most 1. A density can be larger than 1: what happens to h as σ shrinks?',
      },
    ],
    correct: 'gaussian',
    hint: `A discrete entropy adds terms $-p \\log_2 p$ with $0 \\le p \\le 1$. A Gaussian has
$h = \\tfrac12 \\log_2(2 \\pi e \\sigma^2)$: what happens when σ gets small?`,
    solution: `Each term $-p \\log_2 p$ is at least 0 when $p \\le 1$, so no distribution on
three outcomes (or any number of them) has a negative entropy. A density is not a probability
and can exceed 1: $h = \\tfrac12 \\log_2(2 \\pi e \\sigma^2)$ falls without bound as σ shrinks, and
σ = {{sigma}} gives $h = {{h}}$ bits. Only the Gaussian.`,
    values: { sigma: sigmaForMinusThree, h: gaussianEntropy(sigmaForMinusThree) },
  },
};
