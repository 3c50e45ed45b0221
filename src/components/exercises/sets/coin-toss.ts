/** Exercises of the coin-toss lesson (`content/lessons/05-coin-toss.mdx`). */
import { bernoulliKl, logLikelihoodRatio, type Rng } from '../../../lib/index.ts';
import { drawInteger, drawPair } from '../draw.ts';
import type { ExerciseSet } from '../exercise-types.ts';

/** Heads probabilities a drawn coin can have: 0.1, 0.2, …, 0.9. */
const heads = Array.from({ length: 9 }, (_, i) => Number((0.1 * (i + 1)).toFixed(1)));

const tails = (p: number): number => Number((1 - p).toFixed(2));

export const exercises: ExerciseSet = {
  'coin-sequence-evidence': {
    kind: 'numeric',
    unit: 'bits',
    question: `Coin 1 lands heads with probability {{p}}, coin 2 with probability {{q}}. A run of
{{n}} tosses shows {{k}} heads. How many bits of evidence for coin 1 over coin 2 is that: what is
$\\log_2 \\Lambda_N$? (A negative answer favours coin 2.)`,
    hint: `Each head adds $\\log_2(p_1/q_1)$ and each tail $\\log_2(p_2/q_2)$; only the counts
matter, not the order of the tosses.`,
    solution: `$$\\log_2 \\Lambda_N = {{k}} \\log_2 \\frac{{{p}}}{{{q}}} + {{m}} \\log_2 \\frac{{{pt}}}{{{qt}}} = {{answer:6}} \\text{ bits}$$`,
    draw(rng?: Rng) {
      const [p, q] = rng ? drawPair(rng, heads) : [0.5, 0.8];
      const n = rng ? drawInteger(rng, 5, 20) : 10;
      const k = rng ? drawInteger(rng, 0, n) : 4;
      return {
        values: { p, q, n, k, m: n - k, pt: tails(p), qt: tails(q) },
        answer: logLikelihoodRatio(k, n, p, q),
      };
    },
  },
  'coin-expected-evidence': {
    kind: 'numeric',
    unit: 'nats',
    question: `Coin 1 (heads with probability {{p}}) is the one being tossed; coin 2 would land
heads with probability {{q}}. On average, how much evidence for coin 1 do {{n}} tosses bring, in
nats?`,
    hint: `On average each toss of coin 1 brings $D_{\\mathrm{KL}}(p\\,\\|\\,q)$ of evidence, and
the tosses are independent. In nats, take natural logarithms.`,
    solution: `One toss brings on average
$D_{\\mathrm{KL}}(p\\,\\|\\,q) = {{p}} \\ln \\frac{{{p}}}{{{q}}} + {{pt}} \\ln \\frac{{{pt}}}{{{qt}}} = {{perToss:6}}$ nats,
so {{n}} tosses bring $ {{n}} \\times {{perToss:6}} = {{answer:6}}$ nats.`,
    draw(rng?: Rng) {
      const [p, q] = rng ? drawPair(rng, heads) : [0.5, 0.8];
      const n = rng ? drawInteger(rng, 10, 200) : 100;
      const perToss = bernoulliKl(p, q, { base: Math.E });
      return {
        values: { p, q, n, pt: tails(p), qt: tails(q), perToss },
        answer: n * perToss,
      };
    },
  },
  'coin-easier-pair': {
    kind: 'choice',
    question: `In both cases coin 1 is the one being tossed and you must tell it from coin 2.
Pair A: coin 1 lands heads with probability 0.5, coin 2 with 0.6. Pair B: coin 1 lands heads with
probability 0.9, coin 2 always lands heads. With which pair do a few dozen tosses settle the
question more surely?`,
    options: [
      { id: 'b', text: 'Pair B' },
      {
        id: 'a',
        text: 'Pair A, whose coins differ more in their heads probability',
        feedback: 'Both differ by 0.1 in heads probability; compare the evidence per toss instead.',
      },
      {
        id: 'same',
        text: 'Neither: the two heads probabilities differ by 0.1 in both',
        feedback: 'The evidence per toss is a divergence, not a difference of probabilities.',
      },
    ],
    correct: 'b',
    hint: `What does a single tail say in pair B? Compare $D_{\\mathrm{KL}}(p\\,\\|\\,q)$ for the two
pairs.`,
    solution: `Pair A brings only {{a}} bits of evidence per toss on average, so a few dozen tosses
leave real doubt. In pair B, $D_{\\mathrm{KL}}(p\\,\\|\\,q)$ is infinite: coin 1 shows tails one
time in ten, and a single tail is impossible for coin 2, so it settles the question at once.`,
    values: { a: bernoulliKl(0.5, 0.6) },
  },
};
