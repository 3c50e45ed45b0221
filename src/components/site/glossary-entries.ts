/**
 * The `/glossary/` page's content, one entry per glossary term (src/components/kit/glossary-terms.ts
 * holds the ids, names and one-line tips): the symbol and definition in TeX, a few sentences in
 * which `$…$` is inline TeX, an optional trap, and the lesson sections that treat it.
 * Definitions follow the lessons: p is the truth and comes first, q is the model.
 */
import type { GlossaryTermKey } from '../kit/glossary-terms.ts';

export interface GlossaryLessonLink {
  readonly slug: string;
  readonly section: string;
  /** The section's heading, as the link's text. */
  readonly label: string;
}

export interface GlossaryEntry {
  readonly key: GlossaryTermKey;
  /** The symbol, TeX. */
  readonly symbolTex: string;
  /** The defining formula, TeX (display); none for names such as "the truth". */
  readonly definitionTex?: string;
  /** One or two sentences; `$…$` is inline TeX. */
  readonly text: string;
  /** A trap to avoid, shown as a note; `$…$` is inline TeX. */
  readonly trap?: string;
  readonly lessons: readonly GlossaryLessonLink[];
}

export function glossaryEntries(numbers: { lnTwo: string; bitsPerNat: string }): GlossaryEntry[] {
  return [
    {
      key: 'truth',
      symbolTex: 'p',
      text: 'The distribution the data really come from: the truth, or in a classifier the labels. Every quantity on this site averages over $p$, which is why $p$ is written first.',
      lessons: [
        {
          slug: 'cross-entropy',
          section: 'coding-with-the-wrong-code',
          label: 'Coding with the wrong code',
        },
        {
          slug: 'comparison',
          section: 'reading-other-sources-letters',
          label: 'Reading other sources: letters',
        },
      ],
    },
    {
      key: 'model',
      symbolTex: 'q',
      text: 'The distribution we use in place of the truth: a model’s prediction, or the distribution a code was built for. It appears inside the logarithm and is written second.',
      trap: 'Some texts swap the letters (q for the data, p for the model). Check which one the expectation is taken under.',
      lessons: [
        {
          slug: 'cross-entropy',
          section: 'coding-with-the-wrong-code',
          label: 'Coding with the wrong code',
        },
        {
          slug: 'cross-entropy-loss',
          section: 'from-kl-to-the-classification-loss',
          label: 'From KL to the classification loss',
        },
      ],
    },
    {
      key: 'surprisal',
      symbolTex: '-\\log p(x)',
      definitionTex: 's(x) = -\\log p(x) = \\log \\frac{1}{p(x)}',
      text: 'The surprise of seeing outcome $x$: zero for a certain outcome, larger the less probable $x$ was, and infinite for an outcome of probability zero. An ideal code spends this many digits on $x$.',
      lessons: [{ slug: 'entropy', section: 'surprise', label: 'Surprise' }],
    },
    {
      key: 'entropy',
      symbolTex: 'H(p)',
      definitionTex: 'H(p) = -\\sum_x p(x) \\log p(x)',
      text: 'The surprisal you expect on average when outcomes come from $p$. It is never negative, zero only when one outcome is certain, and at most $\\log n$ for $n$ outcomes (reached by the uniform distribution).',
      lessons: [
        {
          slug: 'entropy',
          section: 'entropy-is-expected-surprise',
          label: 'Entropy is expected surprise',
        },
        {
          slug: 'entropy',
          section: 'the-maximum-is-at-the-uniform',
          label: 'The maximum is at the uniform',
        },
      ],
    },
    {
      key: 'crossEntropy',
      symbolTex: 'H(p, q)',
      definitionTex: 'H(p, q) = -\\sum_x p(x) \\log q(x)',
      text: 'The average cost, in digits per outcome, of coding data that come from $p$ with a code built for $q$. It equals $H(p) + D_{\\mathrm{KL}}(p \\,\\|\\, q)$, so it is never below $H(p)$, and it equals $H(p)$ (not zero) when $q = p$.',
      trap: 'The order matters: $H(p, q)$ and $H(q, p)$ are different numbers. And $H(p, q)$ is not the joint entropy $H(X, Y)$, which uses the same letters for a different thing.',
      lessons: [
        {
          slug: 'cross-entropy',
          section: 'coding-with-the-wrong-code',
          label: 'Coding with the wrong code',
        },
        {
          slug: 'cross-entropy',
          section: 'cross-entropy-is-not-zero-when-q-matches-p',
          label: 'Cross-entropy is not zero when q matches p',
        },
        { slug: 'comparison', section: 'common-traps', label: 'Common traps' },
      ],
    },
    {
      key: 'jointEntropy',
      symbolTex: 'H(X, Y)',
      definitionTex: 'H(X, Y) = -\\sum_{x, y} P(x, y) \\log P(x, y)',
      text: 'The entropy of a pair of random variables taken together: how uncertain the pair is. Its arguments are two variables with one joint distribution, where the cross-entropy’s are two distributions over the same outcomes.',
      trap: 'When a text writes $H(\\cdot, \\cdot)$, look at the arguments: variables mean joint entropy, distributions mean cross-entropy.',
      lessons: [
        { slug: 'mutual-information', section: 'joint-entropy', label: 'Joint entropy' },
        {
          slug: 'mutual-information',
          section: 'two-meanings-of-a-comma',
          label: 'Two meanings of a comma',
        },
        { slug: 'comparison', section: 'common-traps', label: 'Common traps' },
      ],
    },
    {
      key: 'conditionalEntropy',
      symbolTex: 'H(X \\mid Y)',
      definitionTex: 'H(X \\mid Y) = \\sum_y P(y)\\, H(X \\mid Y = y) = H(X, Y) - H(Y)',
      text: 'The uncertainty about $X$ that is left once $Y$ is known: the entropy of each row of the table that remains after seeing $y$, averaged over $y$. On average it is never more than $H(X)$.',
      trap: 'Only the average is bounded: one particular answer $y$ can leave $X$ more uncertain than before, $H(X \\mid Y = y) > H(X)$.',
      lessons: [
        {
          slug: 'mutual-information',
          section: 'conditional-entropy',
          label: 'Conditional entropy',
        },
        {
          slug: 'mutual-information',
          section: 'one-answer-can-raise-the-uncertainty',
          label: 'One answer can raise the uncertainty',
        },
      ],
    },
    {
      key: 'mutualInformation',
      symbolTex: 'I(X; Y)',
      definitionTex:
        'I(X; Y) = H(X) - H(X \\mid Y) = D_{\\mathrm{KL}}\\big(P(x, y) \\,\\|\\, P(x)\\,P(y)\\big)',
      text: 'How much knowing $Y$ tells about $X$ (and $X$ about $Y$: it is symmetric): the entropy it removes, or the KL divergence of the joint distribution from the product of its marginals. It is zero exactly when $X$ and $Y$ are independent.',
      trap: 'It is not correlation: two variables with zero correlation can share information.',
      lessons: [
        { slug: 'mutual-information', section: 'mutual-information', label: 'Mutual information' },
        {
          slug: 'mutual-information',
          section: 'not-the-same-as-correlation',
          label: 'Not the same as correlation',
        },
      ],
    },
    {
      key: 'kl',
      symbolTex: 'D_{\\mathrm{KL}}(p \\,\\|\\, q)',
      definitionTex:
        'D_{\\mathrm{KL}}(p \\,\\|\\, q) = \\sum_x p(x) \\log \\frac{p(x)}{q(x)} = H(p, q) - H(p)',
      text: 'The Kullback–Leibler divergence of $q$ from $p$: the average log-ratio under $p$, or the extra cost of coding with $q$ when the data come from $p$. It is never negative and is zero only when $q = p$. Widgets write it D(p‖q).',
      trap: 'It is not symmetric: $D_{\\mathrm{KL}}(q \\,\\|\\, p)$ is a different number and leads to a different fit. It is finite only when $p \\ll q$ ($p$ absolutely continuous with respect to $q$: $q(x) = 0$ only where $p(x) = 0$); where $q$ misses an outcome that $p$ produces, it is $+\\infty$.',
      lessons: [
        {
          slug: 'kl-divergence',
          section: 'kl-as-an-expected-log-ratio',
          label: 'KL as an expected log-ratio',
        },
        { slug: 'kl-divergence', section: 'kl-is-not-symmetric', label: 'KL is not symmetric' },
        {
          slug: 'kl-divergence',
          section: 'when-q-misses-part-of-p',
          label: 'When q misses part of p',
        },
        {
          slug: 'kl-divergence',
          section: 'forward-and-reverse-kl',
          label: 'Forward and reverse KL',
        },
      ],
    },
    {
      key: 'differentialEntropy',
      symbolTex: 'h(p)',
      definitionTex: 'h(p) = -\\int p(x) \\log p(x)\\, dx',
      text: 'The entropy of a density, written with a lowercase $h$. For a Gaussian it is $\\tfrac12 \\log(2 \\pi e \\sigma^2)$.',
      trap: 'It is not a count of bits: it can be negative (a narrow density is taller than 1), and it changes when the units of $x$ change. Differences of it, and the continuous KL divergence, keep their meaning.',
      lessons: [
        { slug: 'entropy', section: 'differential-entropy', label: 'Differential entropy' },
        {
          slug: 'entropy',
          section: 'negative-and-not-a-count-of-bits',
          label: 'Negative, and not a count of bits',
        },
        { slug: 'cross-entropy', section: 'continuous-variables', label: 'Continuous variables' },
      ],
    },
    {
      key: 'binaryEntropy',
      symbolTex: 'H_b(p)',
      definitionTex: 'H_b(p) = -p \\log p - (1 - p) \\log (1 - p)',
      text: 'The entropy of a coin that lands heads with probability $p$ (here $p$ is a number, not a distribution). It is zero for a certain coin and largest for a fair one.',
      lessons: [
        { slug: 'entropy', section: 'the-binary-entropy-curve', label: 'The binary entropy curve' },
      ],
    },
    {
      key: 'units',
      symbolTex: '\\log_2 \\text{ or } \\ln',
      definitionTex: 'H_{\\text{nats}}(p) = \\ln 2 \\cdot H_{\\text{bits}}(p)',
      text: `The base of the logarithm is the unit: base 2 gives bits, the natural logarithm gives nats (what PyTorch and SciPy report). Converting is one factor: $\\ln 2$ is about ${numbers.lnTwo}, and one nat is $1/\\ln 2$, about ${numbers.bitsPerNat} bits. The bits / nats switch in the page header converts every number on the site.`,
      trap: 'A bare number such as “0.5” means nothing until the unit is known.',
      lessons: [
        { slug: 'entropy', section: 'bits-and-nats', label: 'Bits and nats' },
        {
          slug: 'cross-entropy',
          section: 'bits-nats-and-the-base',
          label: 'Bits, nats and the base',
        },
      ],
    },
    {
      key: 'logRatio',
      symbolTex: '\\log \\frac{p(x)}{q(x)}',
      definitionTex: '\\log \\Lambda_N = \\sum_{i=1}^{N} \\log \\frac{p(x_i)}{q(x_i)}',
      text: 'How much more probable outcome $x$ is under $p$ than under $q$, on a log scale; one term can be negative. Summed over a sample it is the log-likelihood ratio $\\log \\Lambda_N$, the evidence for $p$ over $q$, and its average under $p$ is $D_{\\mathrm{KL}}(p \\,\\|\\, q)$.',
      lessons: [
        {
          slug: 'kl-divergence',
          section: 'terms-can-be-negative-the-sum-cannot',
          label: 'Terms can be negative, the sum cannot',
        },
        {
          slug: 'coin-toss',
          section: 'the-evidence-in-one-sequence',
          label: 'The evidence in one sequence',
        },
        {
          slug: 'coin-toss',
          section: 'evidence-per-toss-and-its-limit',
          label: 'Evidence per toss and its limit',
        },
      ],
    },
    {
      key: 'gaussian',
      symbolTex: '\\mathcal N(\\mu, \\sigma^2)',
      definitionTex:
        'f(x) = \\frac{1}{\\sqrt{2 \\pi \\sigma^2}}\\, e^{-(x - \\mu)^2 / (2 \\sigma^2)}',
      text: 'The normal density with mean $\\mu$ and variance $\\sigma^2$ (the second argument is the variance, not the standard deviation). Its entropy, cross-entropy and KL divergence have closed forms.',
      lessons: [
        {
          slug: 'kl-divergence',
          section: 'continuous-distributions',
          label: 'Continuous distributions',
        },
        {
          slug: 'cross-entropy-loss',
          section: 'the-gaussian-kl-to-a-standard-normal',
          label: 'The Gaussian KL to a standard normal',
        },
      ],
    },
    {
      key: 'softmax',
      symbolTex: '\\operatorname{softmax}(z)',
      definitionTex: '\\operatorname{softmax}(z)_k = \\frac{e^{z_k}}{\\sum_j e^{z_j}}',
      text: 'Turns a classifier’s raw scores $z$, the logits, into probabilities $q$. Adding the same constant to every logit changes nothing. The gradient of the cross-entropy loss with respect to the logits is $q - p$.',
      lessons: [
        {
          slug: 'cross-entropy-loss',
          section: 'softmax-and-its-gradient',
          label: 'Softmax and its gradient',
        },
        {
          slug: 'cross-entropy-loss',
          section: 'label-smoothing-and-temperature',
          label: 'Label smoothing and temperature',
        },
      ],
    },
    {
      key: 'elbo',
      symbolTex: '\\mathrm{ELBO}',
      definitionTex:
        '\\mathrm{ELBO} = \\mathbb{E}_{q_\\phi(z \\mid x)}\\big[\\log p_\\theta(x \\mid z)\\big] - D_{\\mathrm{KL}}\\big(q_\\phi(z \\mid x)\\,\\|\\,p(z)\\big)',
      text: 'The evidence lower bound that a variational autoencoder maximises: a reconstruction term minus the KL divergence of the encoder’s distribution from the prior. It falls short of $\\log p_\\theta(x)$ by a KL divergence, so it never exceeds it.',
      lessons: [
        {
          slug: 'cross-entropy-loss',
          section: 'the-evidence-lower-bound',
          label: 'The evidence lower bound',
        },
        {
          slug: 'kl-divergence',
          section: 'kl-in-generative-models',
          label: 'KL in generative models',
        },
      ],
    },
    {
      key: 'pytorchKlDiv',
      symbolTex: '\\texttt{kl\\_div}(\\text{input}, \\text{target})',
      definitionTex:
        '\\sum \\text{target}\\,(\\log \\text{target} - \\text{input}) = D_{\\mathrm{KL}}(\\text{target} \\,\\|\\, \\text{q})',
      text: 'PyTorch’s `torch.nn.functional.kl_div` expects `input` as log-probabilities (the model’s, from `log_softmax`), with $\\text{q} = e^{\\text{input}}$, and `target` as probabilities (the truth). The result is in nats.',
      trap: 'The truth is the second argument of the call but the first of the formula: `kl_div(input, target)` computes KL(target ‖ model).',
      lessons: [
        {
          slug: 'cross-entropy-loss',
          section: 'what-pytorch-computes',
          label: 'What PyTorch computes',
        },
        { slug: 'comparison', section: 'common-traps', label: 'Common traps' },
      ],
    },
    {
      key: 'pytorchCrossEntropy',
      symbolTex: '\\texttt{cross\\_entropy}(\\text{input}, \\text{target})',
      text: 'PyTorch’s `torch.nn.functional.cross_entropy` takes logits as `input` (it applies log-softmax itself) and a class index or a probability row as `target`, and returns $H(\\text{target}, \\operatorname{softmax}(\\text{input}))$ in nats, averaged over the batch by default.',
      trap: 'Passing probabilities instead of logits applies softmax twice; the loss still runs, but is wrong.',
      lessons: [
        {
          slug: 'cross-entropy-loss',
          section: 'what-pytorch-computes',
          label: 'What PyTorch computes',
        },
        {
          slug: 'cross-entropy',
          section: 'cross-entropy-as-a-classification-loss',
          label: 'Cross-entropy as a classification loss',
        },
      ],
    },
  ];
}
