/** Exercises of the cross-entropy lesson (`content/lessons/02-cross-entropy.mdx`). */
import {
  crossEntropy,
  crossEntropyTerms,
  entropy,
  klDivergence,
  type Rng,
} from '../../../lib/index.ts';
import { drawDistribution } from '../draw.ts';
import type { ExerciseSet } from '../exercise-types.ts';

/** A truth and a model on three outcomes, far enough apart that their KL is at least 0.05 bits. */
function drawPair(rng: Rng): [number[], number[]] {
  for (;;) {
    const p = drawDistribution(rng, 3, 0.05);
    const q = drawDistribution(rng, 3, 0.05);
    if (klDivergence(p, q) >= 0.05) return [p, q];
  }
}

const certain = [1, 0];
const leaning = [0.9, 0.1];

export const exercises: ExerciseSet = {
  'ce-three-outcomes': {
    kind: 'numeric',
    unit: 'bits',
    question: `The truth is p = ({{p1}}, {{p2}}, {{p3}}) and a code is built for the model
q = ({{q1}}, {{q2}}, {{q3}}). What is the cross-entropy $H(p, q)$, in bits: the average code
length per symbol, in the limit of long messages?`,
    hint: `Each outcome costs $-\\log_2 q(x)$ bits (the model's surprise), and it happens with the
truth's probability $p(x)$. The first outcome contributes $-{{p1}} \\log_2 {{q1}} = {{t1}}$ bits.`,
    solution: `$$H(p, q) = -\\sum_x p(x) \\log_2 q(x) = {{t1}} + {{t2}} + {{t3}} = {{answer:6}} \\text{ bits}$$
The weights come from p, the logarithms from q.`,
    draw(rng?: Rng) {
      const [p, q] = rng
        ? drawPair(rng)
        : [
            [0.5, 0.25, 0.25],
            [0.25, 0.5, 0.25],
          ];
      const terms = crossEntropyTerms(p, q);
      return {
        values: {
          p1: p[0]!,
          p2: p[1]!,
          p3: p[2]!,
          q1: q[0]!,
          q2: q[1]!,
          q3: q[2]!,
          t1: terms[0]!,
          t2: terms[1]!,
          t3: terms[2]!,
        },
        answer: crossEntropy(p, q),
      };
    },
  },
  'ce-gap-is-kl': {
    kind: 'numeric',
    unit: 'bits',
    question: `For a truth p and a model q, the cross-entropy is $H(p, q) = {{hpq:6}}$ bits and the
entropy of the truth is $H(p) = {{hp:6}}$ bits. How many bits per symbol, on average, does coding
with q instead of p waste? That is, what is $D_{\\mathrm{KL}}(p\\,\\|\\,q)$ in bits?`,
    hint: `Cross-entropy is entropy plus the divergence: $H(p, q) = H(p) + D_{\\mathrm{KL}}(p\\,\\|\\,q)$.`,
    solution: `$$D_{\\mathrm{KL}}(p\\,\\|\\,q) = H(p, q) - H(p) = {{hpq:6}} - {{hp:6}} = {{answer:6}} \\text{ bits}$$
(Here p = ({{p1}}, {{p2}}, {{p3}}) and q = ({{q1}}, {{q2}}, {{q3}}).)`,
    draw(rng?: Rng) {
      const [p, q] = rng
        ? drawPair(rng)
        : [
            [0.7, 0.2, 0.1],
            [0.2, 0.5, 0.3],
          ];
      return {
        values: {
          hpq: crossEntropy(p, q),
          hp: entropy(p),
          p1: p[0]!,
          p2: p[1]!,
          p3: p[2]!,
          q1: q[0]!,
          q2: q[1]!,
          q3: q[2]!,
        },
        answer: klDivergence(p, q),
      };
    },
  },
  'ce-model-equals-truth': {
    kind: 'choice',
    question: `A model q matches the truth p exactly. What is the cross-entropy $H(p, q)$?`,
    options: [
      { id: 'entropy', text: 'The entropy $H(p)$' },
      {
        id: 'zero',
        text: '0',
        feedback:
          'That is the divergence D(p‖p). Even the perfect code must pay for p’s own uncertainty.',
      },
      {
        id: 'log-n',
        text: 'The logarithm of the number of outcomes',
        feedback: 'That is the entropy of a uniform distribution, which p need not be.',
      },
      {
        id: 'undefined',
        text: 'It is undefined when q = p',
        feedback: 'Nothing divides by zero here: H(p, q) is an average of −log q(x).',
      },
    ],
    correct: 'entropy',
    hint: `Write $H(p, q) = -\\sum_x p(x) \\log q(x)$ and put $q = p$.`,
    solution: `With q = p the sum becomes $-\\sum_x p(x) \\log p(x) = H(p)$: the best possible
average code length, and not 0 unless p is certain. The divergence, $H(p, q) - H(p)$, is what is 0.`,
  },
  'ce-which-bound': {
    kind: 'choice',
    question: `Which of these holds for every truth p and model q on the same outcomes?`,
    options: [
      { id: 'hp', text: 'H(p, q) ≥ H(p)' },
      {
        id: 'hq',
        text: 'H(p, q) ≥ H(q)',
        feedback: 'Try p = (1, 0) and q = (0.9, 0.1).',
      },
      {
        id: 'symmetric',
        text: 'H(p, q) = H(q, p)',
        feedback:
          'Swap the two in any example with p ≠ q: the weights and the logarithms trade places.',
      },
    ],
    correct: 'hp',
    hint: `One of the three is Gibbs' inequality in disguise.`,
    solution: `$H(p, q) = H(p) + D_{\\mathrm{KL}}(p\\,\\|\\,q)$ and the divergence is never negative, so
$H(p, q) \\ge H(p)$. The others fail: for p = (1, 0) and q = (0.9, 0.1),
$H(p, q) = {{hpq}}$ bits but $H(q) = {{hq}}$ bits, and $H(q, p)$ is infinite.`,
    values: { hpq: crossEntropy(certain, leaning), hq: entropy(leaning) },
  },
};
