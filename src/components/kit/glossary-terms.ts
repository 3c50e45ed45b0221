/**
 * The site's notation, one entry per symbol of the `/glossary/` page: its anchor id there (ids
 * are published: tests/glossary-ids.json may only grow), its name, its symbol in plain text and a
 * one-line explanation for tips. And the matching: which entries a readout label (plain text,
 * "D(q‖p)") or a display formula's TeX ("D_{\mathrm{KL}}(p \,\|\, q)") mentions.
 *
 * Pure data and string matching: no DOM, no Astro, so the kit, the site and the rehype plugin can
 * all import it.
 */

export interface GlossaryTerm {
  /** Anchor id of the entry on `/glossary/`. */
  readonly id: string;
  /** Long name, e.g. "KL divergence". */
  readonly name: string;
  /** The symbol in plain text, e.g. "D(p‖q)". */
  readonly symbol: string;
  /** One sentence for a tip. */
  readonly tip: string;
}

const term = (id: string, name: string, symbol: string, tip: string): GlossaryTerm => ({
  id,
  name,
  symbol,
  tip,
});

/** Every glossary entry, in the order the glossary page lists them. */
export const glossaryTerms = {
  truth: term(
    'truth-p',
    'The truth',
    'p',
    'the distribution the data really come from; written first.',
  ),
  model: term(
    'model-q',
    'The model',
    'q',
    'the distribution we predict or code with; written second.',
  ),
  surprisal: term(
    'surprisal',
    'Surprisal',
    '−log p(x)',
    'how surprising one outcome x is: large when p(x) is small.',
  ),
  entropy: term('entropy', 'Entropy', 'H(p)', 'the average surprisal of outcomes drawn from p.'),
  crossEntropy: term(
    'cross-entropy',
    'Cross-entropy',
    'H(p, q)',
    'the average of −log q(x) over x drawn from p; order matters, and it is not the joint entropy.',
  ),
  jointEntropy: term(
    'joint-entropy',
    'Joint entropy',
    'H(X, Y)',
    'the entropy of a pair of random variables: same letters as cross-entropy, different meaning.',
  ),
  conditionalEntropy: term(
    'conditional-entropy',
    'Conditional entropy',
    'H(X|Y)',
    'the uncertainty about X that remains once Y is known, averaged over Y; never more than H(X).',
  ),
  mutualInformation: term(
    'mutual-information',
    'Mutual information',
    'I(X;Y)',
    'what knowing Y tells about X: H(X) − H(X|Y), the KL divergence of the joint from independence.',
  ),
  kl: term(
    'kl-divergence',
    'KL divergence',
    'D(p‖q)',
    'the extra cost of coding data from p with q: H(p, q) − H(p), averaged under p; not symmetric.',
  ),
  differentialEntropy: term(
    'differential-entropy',
    'Differential entropy',
    'h(p)',
    'entropy of a density (lowercase h): it can be negative and depends on the units of x.',
  ),
  binaryEntropy: term(
    'binary-entropy',
    'Binary entropy',
    'H_b(p)',
    'the entropy of a coin that lands heads with probability p.',
  ),
  units: term(
    'bits-and-nats',
    'Bits and nats',
    'log₂ or ln',
    'the unit is the base of the logarithm: bits for log₂, nats for ln; 1 nat = 1/ln 2 bits.',
  ),
  logRatio: term(
    'log-ratio',
    'Log-ratio and log-likelihood ratio',
    'log p(x)/q(x)',
    'how much more probable x is under p than under q, on a log scale; its mean under p is D(p‖q).',
  ),
  gaussian: term(
    'gaussian',
    'Gaussian',
    'N(μ, σ²)',
    'the normal density with mean μ and variance σ².',
  ),
  softmax: term(
    'softmax-and-logits',
    'Softmax and logits',
    'softmax(z)',
    'turns unbounded scores z (logits) into probabilities: e^{z_k} / Σ e^{z_j}.',
  ),
  elbo: term(
    'elbo',
    'Evidence lower bound',
    'ELBO',
    'a lower bound on log p(x) that a variational autoencoder maximises; the gap is a KL divergence.',
  ),
  pytorchKlDiv: term(
    'pytorch-kl-div',
    'PyTorch kl_div',
    'kl_div(input, target)',
    'input is log-probabilities and it computes KL(target ‖ input): the truth is the second argument.',
  ),
  pytorchCrossEntropy: term(
    'pytorch-cross-entropy',
    'PyTorch cross_entropy',
    'cross_entropy(input, target)',
    'takes logits (not probabilities) and reports nats.',
  ),
} as const satisfies Record<string, GlossaryTerm>;

export type GlossaryTermKey = keyof typeof glossaryTerms;

/** A term as a tip shows it for one label: the entry, and the symbol as that label writes it. */
export interface GlossaryMention {
  readonly term: GlossaryTerm;
  /** What the label or formula writes, e.g. "D(q‖p)"; the entry's symbol when not known. */
  readonly symbol: string;
  /** The tip's sentence for this mention (a swapped KL says so). */
  readonly tip: string;
}

const mention = (key: GlossaryTermKey, symbol?: string, tip?: string): GlossaryMention => {
  const entry = glossaryTerms[key];
  return { term: entry, symbol: symbol ?? entry.symbol, tip: tip ?? entry.tip };
};

/** The argument of `open` at `start` up to its matching `)`, or undefined when unbalanced. */
function balanced(text: string, start: number): string | undefined {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return text.slice(start + 1, index);
  }
  return undefined;
}

/** KL mentions of a plain-text label: `D(a‖b)` or `KL(a ‖ b)`, each with its arguments. */
function klMentions(label: string): GlossaryMention[] {
  const found: GlossaryMention[] = [];
  for (const match of label.matchAll(/\b(?:D|KL)\s*(?=\()/g)) {
    const inside = balanced(label, match.index + match[0].length);
    if (inside === undefined || !inside.includes('‖')) continue;
    const [first = '', second = ''] = inside.split('‖').map((part) => part.trim());
    const symbol = `${match[0].trim()}(${inside})`;
    const swapped = first.startsWith('q') && second.startsWith('p');
    found.push(
      mention(
        'kl',
        symbol,
        swapped
          ? 'here with the arguments swapped: averaged under q, with p as the model; in general not equal to D(p‖q).'
          : undefined,
      ),
    );
  }
  return found;
}

/** Whether a two-argument label names p and q (in either order), the site's truth and model. */
const namesTruthAndModel = (label: string): boolean =>
  /\(\s*p\s*(?:,|‖)\s*q\s*\)|\(\s*q\s*(?:,|‖)\s*p\s*\)/.test(label);

/**
 * The glossary entries a widget readout label mentions, each once, in reading order of kind:
 * the quantity first, then the symbols it is built from.
 * "H(p, q)" is cross-entropy (two arguments), "H(p)" entropy; "D(q‖p)" is KL with its arguments
 * swapped; labels with no glossary symbol give `[]`.
 * @example glossaryTermsIn('D(q‖p)').map((m) => m.term.id) // => ['kl-divergence', 'truth-p', 'model-q']
 */
export function glossaryTermsIn(label: string): GlossaryMention[] {
  const found: GlossaryMention[] = [];
  const add = (item: GlossaryMention): void => {
    if (!found.some((seen) => seen.term.id === item.term.id)) found.push(item);
  };
  const binary = /H_b\s*\([^)]*\)/.exec(label);
  if (binary || /binary entropy/i.test(label)) add(mention('binaryEntropy', binary?.[0]));
  const differential = /(?<![\w_])h\s*\([^)]*\)/.exec(label);
  if (differential || /differential entropy/i.test(label))
    add(mention('differentialEntropy', differential?.[0]));
  for (const match of label.matchAll(/(?<![\w_])H\s*\(([^()]*)\)/g)) {
    const inside = match[1] ?? '';
    // Random variables (X, Y, Z) make a joint or a conditional entropy; distributions, a
    // cross-entropy or an entropy.
    const variables = /^\s*[XYZ]\s*(?:[,|]\s*[XYZ]\s*)?$/.test(inside);
    if (inside.includes('|')) add(mention('conditionalEntropy', match[0]));
    else if (inside.includes(','))
      add(mention(variables ? 'jointEntropy' : 'crossEntropy', match[0]));
    else add(mention('entropy', match[0]));
  }
  const information = /(?<![\w_])I\s*\([^()]*;[^()]*\)/.exec(label);
  if (information || /mutual information/i.test(label))
    add(mention('mutualInformation', information?.[0]));
  if (/cross-entropy|−\s*Σ\s*\w+\s*log\s*q/i.test(label)) add(mention('crossEntropy'));
  else if (/(?<!binary |differential |cross-)\bentropy\b/i.test(label)) add(mention('entropy'));
  for (const item of klMentions(label)) add(item);
  if (/KL divergence/i.test(label)) add(mention('kl'));
  if (/(?<!Σ\s*)−\s*log\s*p\b|surpris/i.test(label)) add(mention('surprisal'));
  if (/log-ratio|evidence/i.test(label)) add(mention('logRatio'));
  if (/\bN\s*\(|𝒩/.test(label)) add(mention('gaussian'));
  if (namesTruthAndModel(label)) {
    add(mention('truth'));
    add(mention('model'));
  }
  return found;
}

/**
 * The glossary entries a display formula's TeX mentions, each once, in the order they first
 * appear (the defined quantity, on the left, first). Reads KaTeX source such as `H(p, q) = -\sum_x p(x) \log q(x)`.
 * @example glossaryTermsInTex('D_{\\mathrm{KL}}(p \\,\\|\\, q)').map((m) => m.term.id) // => ['kl-divergence']
 */
export function glossaryTermsInTex(tex: string): GlossaryMention[] {
  const found = new Map<GlossaryTermKey, number>();
  const when = (pattern: RegExp, key: GlossaryTermKey): void => {
    const index = pattern.exec(tex)?.index;
    if (index !== undefined && index < (found.get(key) ?? Infinity)) found.set(key, index);
  };
  when(/H_\{?b\}?\s*\(/, 'binaryEntropy');
  when(/(?<![\\\w])h(?:\s*=|\s*\()/, 'differentialEntropy');
  when(/(?<![\\\w])H(?:_\{\\text\{(?:bits|nats)\}\})?\s*\((?![^()]*\\mid)\s*[^,()|]+\)/, 'entropy');
  when(/(?<![\\\w])H\s*\(\s*(?![XYZ]\s*,)[^,()]+,/, 'crossEntropy');
  when(/(?<![\\\w])H\s*\(\s*[XYZ]\s*,\s*[XYZ]\s*\)/, 'jointEntropy');
  when(/(?<![\\\w])H\s*\(\s*[XYZ]\s*(?:\\mid|\|)/, 'conditionalEntropy');
  when(/(?<![\\\w])I\s*\(\s*[XYZ]\s*;/, 'mutualInformation');
  when(/-\s*\\sum_?\w*\s*p[_(]\w*\)?\s*\\log\s*q/, 'crossEntropy');
  when(/D_\{\\mathrm\{KL\}\}|D_\{KL\}/, 'kl');
  when(/s\(x\)\s*=\s*-\\log p\(x\)/, 'surprisal');
  when(/\\Lambda|\\log\s*\\frac\{p/, 'logRatio');
  when(/\\mathcal\s*\{?N\}?/, 'gaussian');
  when(/z_[ck]\b|\\operatorname\{softmax\}/, 'softmax');
  when(/\\mathrm\{ELBO\}/, 'elbo');
  when(/\\text\{\s*(?:bits|nats)\s*\}|\\ln 2|\\log_2/, 'units');
  return [...found].sort(([, first], [, second]) => first - second).map(([key]) => mention(key));
}

/** The glossary page path's fragment for an entry: `#kl-divergence`. */
export const glossaryFragment = (entry: GlossaryTerm): string => `#${entry.id}`;
