/** Exercises of the cross-entropy loss lesson (`content/lessons/06-cross-entropy-loss.mdx`). */
import { crossEntropyLoss, softmax, surprisal, type Rng } from '../../../lib/index.ts';
import { drawDistribution, drawInteger } from '../draw.ts';
import type { ExerciseSet } from '../exercise-types.ts';

const classes = ['cat', 'dog', 'fox'] as const;

export const exercises: ExerciseSet = {
  'loss-one-hot': {
    kind: 'numeric',
    unit: 'nats',
    question: `A classifier gives the probabilities {{q1}} (cat), {{q2}} (dog) and {{q3}} (fox) to
an image whose label is {{label}}. What is its cross-entropy loss on this image, in nats (as
PyTorch reports it)?`,
    hint: `With a one-hot label, only the labelled class's term of $-\\sum_c p(c) \\ln q(c)$ is
not zero.`,
    solution: `The label puts probability 1 on {{label}} and 0 elsewhere, so the loss is the
surprise of the right class under the model: $-\\ln {{qy}} = {{answer:6}}$ nats. The other two
probabilities matter only through the normalisation.`,
    draw(rng?: Rng) {
      const q = rng ? drawDistribution(rng, 3, 0.05) : [0.7, 0.2, 0.1];
      const y = rng ? drawInteger(rng, 0, 2) : 1;
      return {
        values: { q1: q[0]!, q2: q[1]!, q3: q[2]!, label: classes[y]!, qy: q[y]! },
        answer: surprisal(q[y]!, { base: Math.E }),
      };
    },
  },
  'loss-from-logits': {
    kind: 'numeric',
    unit: 'nats',
    question: `A network outputs the logits ({{z1}}, {{z2}}, {{z3}}) for three classes, and the
label is the first class. What is the cross-entropy loss, in nats?`,
    hint: `The softmax turns logits into probabilities; the loss is minus the log of the first
one: $-\\ln \\frac{e^{z_1}}{e^{z_1} + e^{z_2} + e^{z_3}} = \\ln(e^{z_1} + e^{z_2} + e^{z_3}) - z_1$.`,
    solution: `The softmax gives the first class probability {{s1:6}}, so the loss is
$-\\ln {{s1:6}} = {{answer:6}}$ nats. Equivalently, $\\ln(e^{{{z1}}} + e^{{{z2}}} + e^{{{z3}}}) - ({{z1}})$,
the form libraries compute to stay finite for large logits.`,
    draw(rng?: Rng) {
      const z = rng
        ? [drawInteger(rng, -3, 3), drawInteger(rng, -3, 3), drawInteger(rng, -3, 3)]
        : [2, 1, 0];
      return {
        values: { z1: z[0]!, z2: z[1]!, z3: z[2]!, s1: softmax(z)[0]! },
        answer: crossEntropyLoss([z], [0], { base: Math.E }),
      };
    },
  },
  'loss-same-minimum': {
    kind: 'choice',
    question: `Training minimises the cross-entropy $H(p, q)$ over the model q, with the labels'
distribution p fixed. Why does this find the same q as minimising $D_{\\mathrm{KL}}(p\\,\\|\\,q)$?`,
    options: [
      { id: 'constant', text: 'The two differ by $H(p)$, which does not depend on q' },
      {
        id: 'one-hot',
        text: 'Because one-hot labels have $H(p) = 0$',
        feedback:
          'That makes the two equal for one-hot labels, but the minimum is shared for any fixed p, smoothed labels included.',
      },
      {
        id: 'symmetric',
        text: 'Because cross-entropy is symmetric in p and q',
        feedback: 'It is not: H(p, q) and H(q, p) differ in general.',
      },
      {
        id: 'not-same',
        text: 'It does not: the two give different models',
        feedback: 'Write H(p, q) as a sum of two terms and see which one the model can change.',
      },
    ],
    correct: 'constant',
    hint: `Split the cross-entropy: $H(p, q) = H(p) + D_{\\mathrm{KL}}(p\\,\\|\\,q)$.`,
    solution: `$H(p, q) = H(p) + D_{\\mathrm{KL}}(p\\,\\|\\,q)$, and $H(p)$ is fixed by the data,
so any change of q moves both by the same amount and they share their minimum. With one-hot
labels $H(p) = 0$ and the two are even equal; with label smoothing they differ by a constant.`,
  },
};
