/** Exercises of the comparison lesson (`content/lessons/07-comparison.mdx`). */
import { crossEntropy, entropy, klDivergence, surprisal, type Rng } from '../../../lib/index.ts';
import { drawDistribution, drawStep } from '../draw.ts';
import type { ExerciseSet } from '../exercise-types.ts';

export const exercises: ExerciseSet = {
  'compare-pytorch-bits': {
    kind: 'numeric',
    unit: 'bits',
    question: `PyTorch's cross-entropy loss on one example reads {{loss:6}}. How many bits is
that?`,
    hint: `PyTorch uses the natural logarithm, so its losses are in nats. One bit is
$\\ln 2$ nats.`,
    solution: `Divide by $\\ln 2$: ${{ loss: 6 }} / \\ln 2 = {{answer:6}}$ bits. The model gave the
right class probability {{q}}, and $-\\log_2 {{q}} = {{answer:6}}$.`,
    draw(rng?: Rng) {
      const q = rng ? drawStep(rng, 0.05, 0.95, 0.05) : 0.25;
      return {
        values: { q, loss: surprisal(q, { base: Math.E }) },
        answer: surprisal(q),
      };
    },
  },
  'compare-entropy-from-parts': {
    kind: 'numeric',
    unit: 'bits',
    question: `A model q of a truth p has cross-entropy $H(p, q) = {{hpq:6}}$ bits and
divergence $D_{\\mathrm{KL}}(p\\,\\|\\,q) = {{kl:6}}$ bits. What is the entropy $H(p)$, in bits?`,
    hint: `Cross-entropy is the entropy plus the divergence.`,
    solution: `$$H(p) = H(p, q) - D_{\\mathrm{KL}}(p\\,\\|\\,q) = {{hpq:6}} - {{kl:6}} = {{answer:6}} \\text{ bits}$$
(Here p = ({{p1}}, {{p2}}, {{p3}}) and q = ({{q1}}, {{q2}}, {{q3}}).)`,
    draw(rng?: Rng) {
      const p = rng ? drawDistribution(rng, 3, 0.05) : [0.5, 0.25, 0.25];
      const q = rng ? drawDistribution(rng, 3, 0.05) : [0.25, 0.25, 0.5];
      return {
        values: {
          hpq: crossEntropy(p, q),
          kl: klDivergence(p, q),
          p1: p[0]!,
          p2: p[1]!,
          p3: p[2]!,
          q1: q[0]!,
          q2: q[1]!,
          q3: q[2]!,
        },
        answer: entropy(p),
      };
    },
  },
  'compare-infinite': {
    kind: 'choice',
    question: `A model q gives probability 0 to an outcome that the truth p produces now and
then. Which of $H(p, q)$ and $D_{\\mathrm{KL}}(p\\,\\|\\,q)$ is infinite?`,
    options: [
      { id: 'both', text: 'Both' },
      {
        id: 'kl',
        text: 'Only the KL divergence',
        feedback: 'Look at the cross-entropy’s term for that outcome: p(x) times −log q(x).',
      },
      {
        id: 'ce',
        text: 'Only the cross-entropy',
        feedback: 'The divergence is the cross-entropy minus a finite entropy.',
      },
      {
        id: 'neither',
        text: 'Neither: the outcome is rare',
        feedback: 'However rare, the outcome has p(x) > 0, and −log 0 is infinite.',
      },
    ],
    correct: 'both',
    hint: `Write out the one term of each for that outcome, with $p(x) > 0$ and $q(x) = 0$.`,
    solution: `The cross-entropy's term is $-p(x) \\log q(x) = -p(x) \\log 0 = \\infty$, so
$H(p, q)$ is infinite; and $D_{\\mathrm{KL}}(p\\,\\|\\,q) = H(p, q) - H(p)$ with $H(p)$ finite, so
it is infinite too. This is why classifiers never output an exact 0.`,
  },
};
