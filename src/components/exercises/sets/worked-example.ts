/** Exercises of the worked-example lesson (`content/lessons/04-worked-example.mdx`). */
import { crossEntropy, crossEntropyTerms, klDivergence, type Rng } from '../../../lib/index.ts';
import { drawDistribution } from '../draw.ts';
import type { ExerciseSet } from '../exercise-types.ts';

const R = [1 / 3, 1 / 3, 1 / 3];
const S = [0.25, 0.5, 0.25];

const drawS = (rng?: Rng): number[] => (rng ? drawDistribution(rng, 3, 0.05) : S);

export const exercises: ExerciseSet = {
  'worked-cross-entropy': {
    kind: 'numeric',
    unit: 'bits',
    question: `R is uniform on three outcomes and S = ({{s1}}, {{s2}}, {{s3}}). What is the
cross-entropy $H(R, S)$, in bits?`,
    hint: `R gives each outcome weight 1/3, so $H(R, S)$ is the plain average of
$-\\log_2 s$ over the three probabilities of S.`,
    solution: `$$H(R, S) = -\\tfrac{1}{3}\\left(\\log_2 {{s1}} + \\log_2 {{s2}} + \\log_2 {{s3}}\\right) = {{t1}} + {{t2}} + {{t3}} = {{answer:6}} \\text{ bits}$$`,
    draw(rng?: Rng) {
      const s = drawS(rng);
      const terms = crossEntropyTerms(R, s);
      return {
        values: { s1: s[0]!, s2: s[1]!, s3: s[2]!, t1: terms[0]!, t2: terms[1]!, t3: terms[2]! },
        answer: crossEntropy(R, s),
      };
    },
  },
  'worked-kl-rs': {
    kind: 'numeric',
    unit: 'nats',
    question: `With R uniform on three outcomes and S = ({{s1}}, {{s2}}, {{s3}}), what is
$D_{\\mathrm{KL}}(R\\,\\|\\,S)$, in nats?`,
    hint: `$D_{\\mathrm{KL}}(R\\,\\|\\,S) = H(R, S) - H(R)$, and $H(R) = \\ln 3$ nats. Or add
$\\tfrac{1}{3} \\ln \\frac{1/3}{s}$ over the three outcomes.`,
    solution: `$$D_{\\mathrm{KL}}(R\\,\\|\\,S) = H(R, S) - H(R) = {{hrs:6}} - {{ln3:6}} = {{answer:6}} \\text{ nats}$$`,
    draw(rng?: Rng) {
      const s = drawS(rng);
      return {
        values: {
          s1: s[0]!,
          s2: s[1]!,
          s3: s[2]!,
          hrs: crossEntropy(R, s, { base: Math.E }),
          ln3: Math.log(3),
        },
        answer: klDivergence(R, s, { base: Math.E }),
      };
    },
  },
  'worked-permute-s': {
    kind: 'choice',
    question: `Keep R uniform and reorder S's probabilities, from (0.25, 0.5, 0.25) to
(0.5, 0.25, 0.25). Which of $H(S)$, $H(R, S)$, $D_{\\mathrm{KL}}(R\\,\\|\\,S)$ and
$D_{\\mathrm{KL}}(S\\,\\|\\,R)$ change?`,
    options: [
      { id: 'none', text: 'None of the four' },
      {
        id: 'kl',
        text: 'Only the two divergences',
        feedback: 'Compute one of them before and after: R weighs every outcome the same.',
      },
      {
        id: 'cross',
        text: 'H(R, S) and both divergences, but not H(S)',
        feedback: 'With R uniform, which outcome gets which probability of S cannot matter.',
      },
      {
        id: 'all',
        text: 'All four',
        feedback:
          'Entropy ignores the order of the probabilities; so does anything averaged with equal weights.',
      },
    ],
    correct: 'none',
    hint: `Every one of the four is a sum over outcomes. Which of them weighs the outcomes
unequally, and by what?`,
    solution: `None change. $H(S)$ ignores the order of S's probabilities. Every other quantity
pairs S's probabilities with R's, and R's are all 1/3, so reordering S only reorders the terms of
each sum: $H(R, S)$ stays {{hrs}} bits, $D_{\\mathrm{KL}}(R\\,\\|\\,S)$ {{krs}} bits and
$D_{\\mathrm{KL}}(S\\,\\|\\,R)$ {{ksr}} bits. Against a model that is not uniform the order would
matter.`,
    values: { hrs: crossEntropy(R, S), krs: klDivergence(R, S), ksr: klDivergence(S, R) },
  },
};
