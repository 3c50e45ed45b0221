/** Exercises of the KL divergence lesson (`content/lessons/03-kl-divergence.mdx`). */
import { entropy, klDivergence, klTerms, type Rng } from '../../../lib/index.ts';
import { drawDistribution, drawPair } from '../draw.ts';
import type { ExerciseSet } from '../exercise-types.ts';

/** Heads probabilities a coin exercise draws from: 0.1, 0.15, …, 0.9. */
const coinChoices = Array.from({ length: 17 }, (_, i) => Number((0.1 + 0.05 * i).toFixed(2)));

const missing = { p: [0.5, 0.49, 0.01], q: [0.5, 0.5, 0] };

export const exercises: ExerciseSet = {
  'kl-two-coins': {
    kind: 'numeric',
    unit: 'bits',
    question: `The truth is a coin that lands heads with probability {{p}}; the model says heads
with probability {{q}}. What is $D_{\\mathrm{KL}}(p\\,\\|\\,q)$, in bits?`,
    hint: `Two outcomes, heads and tails, each with its log-ratio weighted by the truth:
$p(x) \\log_2 \\frac{p(x)}{q(x)}$. Tails has probability {{pt}} under p and {{qt}} under q.`,
    solution: `$$D_{\\mathrm{KL}}(p\\,\\|\\,q) = {{p}} \\log_2 \\frac{{{p}}}{{{q}}} + {{pt}} \\log_2 \\frac{{{pt}}}{{{qt}}} = {{t1}} + ({{t2}}) = {{answer:6}}$$
One of the two terms is negative (where q gives more than p does); the sum is not.`,
    draw(rng?: Rng) {
      const [p, q] = rng ? drawPair(rng, coinChoices) : [0.5, 0.25];
      const pd = [p, Number((1 - p).toFixed(2))];
      const qd = [q, Number((1 - q).toFixed(2))];
      const terms = klTerms(pd, qd);
      return {
        values: { p, q, pt: pd[1]!, qt: qd[1]!, t1: terms[0]!, t2: terms[1]! },
        answer: klDivergence(pd, qd),
      };
    },
  },
  'kl-uniform-model': {
    kind: 'numeric',
    unit: 'nats',
    question: `The truth is p = ({{p1}}, {{p2}}, {{p3}}) on three outcomes and the model q is
uniform, (1/3, 1/3, 1/3). What is $D_{\\mathrm{KL}}(p\\,\\|\\,q)$, in nats?`,
    hint: `Against a uniform model every log-ratio is $\\ln(3\\,p(x))$, so the divergence is
$\\ln 3$ minus the entropy of p, both in nats.`,
    solution: `$$D_{\\mathrm{KL}}(p\\,\\|\\,q) = \\sum_x p(x) \\ln \\frac{p(x)}{1/3} = \\ln 3 - H(p) = {{ln3:6}} - {{h:6}} = {{answer:6}} \\text{ nats}$$
It is how far p's entropy falls short of the most three outcomes can have.`,
    draw(rng?: Rng) {
      const p = rng ? drawDistribution(rng, 3, 0.05) : [0.5, 0.3, 0.2];
      const uniform = [1 / 3, 1 / 3, 1 / 3];
      return {
        values: {
          p1: p[0]!,
          p2: p[1]!,
          p3: p[2]!,
          ln3: Math.log(3),
          h: entropy(p, { base: Math.E }),
        },
        answer: klDivergence(p, uniform, { base: Math.E }),
      };
    },
  },
  'kl-maximum-likelihood': {
    kind: 'choice',
    question: `Data come from a truth p with two well-separated, equally tall modes. You fit a
single Gaussian q to a large sample by maximum likelihood. Where does the fitted q put its peak?`,
    options: [
      { id: 'between', text: 'Between the two modes, where p has almost no mass' },
      {
        id: 'one-mode',
        text: 'On one of the two modes',
        feedback:
          'That is what the reverse divergence, D(q‖p), prefers. Which divergence does maximum likelihood minimise?',
      },
      {
        id: 'random',
        text: 'Anywhere: with two modes the fit has no best answer',
        feedback: 'For a Gaussian q the best fit in this direction is unique.',
      },
    ],
    correct: 'between',
    hint: `Maximum likelihood maximises $\\mathbb{E}_p[\\log q]$, the average over the data of
the log of the model's probability. Which KL direction has that as its only q-dependent term?`,
    solution: `Maximum likelihood minimises $D_{\\mathrm{KL}}(p\\,\\|\\,q) = -H(p) - \\mathbb{E}_p[\\log q]$,
the forward direction, which punishes q wherever p has mass and q has little. So q must cover
both modes: a Gaussian takes p's mean and variance (moment matching), and p's mean lies in the
valley between the modes.`,
  },
  'kl-missing-outcome': {
    kind: 'choice',
    question: `The truth is p = (0.5, 0.49, 0.01) and the model is q = (0.5, 0.5, 0). Which of the
two divergences is finite?`,
    options: [
      { id: 'qp', text: '$D_{\\mathrm{KL}}(q\\,\\|\\,p)$ only' },
      {
        id: 'pq',
        text: '$D_{\\mathrm{KL}}(p\\,\\|\\,q)$ only',
        feedback: 'Look at the third outcome in the average over p.',
      },
      {
        id: 'both',
        text: 'Both: the models differ only a little',
        feedback: 'One term is a log of a ratio with 0 below the line.',
      },
      {
        id: 'neither',
        text: 'Neither',
        feedback: 'In one direction the third outcome has weight 0, and 0 · log 0 counts as 0.',
      },
    ],
    correct: 'qp',
    hint: `Each divergence averages over its first argument. Which of the two distributions ever
produces the third outcome?`,
    solution: `$D_{\\mathrm{KL}}(p\\,\\|\\,q)$ averages over p, which produces the third outcome
1 % of the time, where $\\log \\frac{0.01}{0}$ is infinite: the divergence is infinite.
$D_{\\mathrm{KL}}(q\\,\\|\\,p)$ averages over q, which never produces it, so that term is 0 and
the divergence is small: {{qp}} bits.`,
    values: { qp: klDivergence(missing.q, missing.p) },
  },
};
