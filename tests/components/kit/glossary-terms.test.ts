// Which glossary entries a readout label or a formula mentions: the symbol → entry matching that
// the readout tips and the formula tips rely on.
import { describe, expect, it } from 'vitest';
import {
  glossaryTerms,
  glossaryTermsIn,
  glossaryTermsInTex,
} from '../../../src/components/kit/glossary-terms.ts';
import type { WidgetModel } from '../../../src/components/kit/types.ts';

const ids = (label: string): string[] => glossaryTermsIn(label).map((found) => found.term.id);
const texIds = (tex: string): string[] => glossaryTermsInTex(tex).map((found) => found.term.id);

describe('glossaryTerms', () => {
  it('gives every entry a distinct, anchor-safe id', () => {
    const all = Object.values(glossaryTerms).map((entry) => entry.id);
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });
});

describe('glossaryTermsIn(label)', () => {
  it('reads two variables as a joint or conditional entropy, and I(X;Y) as mutual information', () => {
    expect(ids('Joint H(X,Y)')).toEqual(['joint-entropy']);
    expect(ids('H(X|Y)')).toEqual(['conditional-entropy']);
    expect(ids('I(X;Y)')).toEqual(['mutual-information']);
    expect(ids('H(X)')).toEqual(['entropy']);
    expect(ids('H(R, S)')[0]).toBe('cross-entropy');
  });

  it('reads H(p) as entropy and H(p, q) as cross-entropy, never both', () => {
    expect(ids('Entropy H(p)')).toEqual(['entropy']);
    expect(ids('Cross-entropy H(p, q)')).toEqual(['cross-entropy', 'truth-p', 'model-q']);
    expect(ids('H(R, S)')).toEqual(['cross-entropy']);
    expect(ids('H(S)')).toEqual(['entropy']);
  });

  it('reads D(p‖q) and D(q‖p) as KL, and says when the arguments are swapped', () => {
    expect(ids('D(p‖q)')).toEqual(['kl-divergence', 'truth-p', 'model-q']);
    const [forward] = glossaryTermsIn('D(p‖q), closed form');
    const [reverse] = glossaryTermsIn('D(q‖p)');
    expect(forward?.symbol).toBe('D(p‖q)');
    expect(forward?.tip).toBe(glossaryTerms.kl.tip);
    expect(reverse?.term.id).toBe('kl-divergence');
    expect(reverse?.symbol).toBe('D(q‖p)');
    expect(reverse?.tip).toMatch(/swapped/);
    expect(ids('KL divergence D(p‖q)')).toEqual(['kl-divergence', 'truth-p', 'model-q']);
    expect(ids('KL(t ‖ q)')).toEqual(['kl-divergence']);
  });

  it('reads nested arguments: the VAE’s D(q(z|x) ‖ N(0, 1)) is KL to a Gaussian', () => {
    const found = glossaryTermsIn('D(q(z|x) ‖ N(0, 1))');
    expect(found.map((item) => item.term.id)).toEqual(['kl-divergence', 'gaussian']);
    expect(found[0]?.symbol).toBe('D(q(z|x) ‖ N(0, 1))');
    expect(found[0]?.tip).toBe(glossaryTerms.kl.tip);
  });

  it('tells binary entropy, differential entropy and entropy apart', () => {
    expect(ids('Binary entropy H_b(p)')).toEqual(['binary-entropy']);
    expect(ids('Differential entropy h(X)')).toEqual(['differential-entropy']);
    expect(ids('Entropy H(t)')).toEqual(['entropy']);
  });

  it('finds surprisal, the loss as a cross-entropy and the log-ratio evidence', () => {
    expect(ids('Surprise −log p')).toEqual(['surprisal']);
    expect(ids('Loss −Σ t log q')).toEqual(['cross-entropy']);
    expect(ids('Evidence per toss')).toEqual(['log-ratio']);
  });

  it('finds nothing in labels without a glossary symbol', () => {
    for (const label of ['Heads (run 1)', 'Cost of this sample, per symbol', 'mean m', ''])
      expect(ids(label), label).toEqual([]);
  });

  it('explains every information quantity in every widget’s default readouts', () => {
    const modules = import.meta.glob<Record<string, unknown>>(
      '../../../src/components/widgets/*/model.ts',
      { eager: true },
    );
    const isModel = (value: unknown): value is WidgetModel<unknown> =>
      typeof value === 'object' && value !== null && 'readouts' in value && 'defaults' in value;
    const labels = Object.values(modules)
      .flatMap((module) => Object.values(module).filter(isModel))
      .flatMap((model) => model.readouts(model.defaults, 'bits').map((readout) => readout.label));
    expect(labels.length).toBeGreaterThan(20);
    const quantity = /\b(?:H|H_b|h|D|KL)\s*\(|entropy|divergence/i;
    const unexplained = labels.filter((label) => quantity.test(label) && ids(label).length === 0);
    expect(unexplained).toEqual([]);
  });
});

describe('glossaryTermsInTex(tex)', () => {
  it('tells the joint entropy of two variables from the cross-entropy of two distributions', () => {
    expect(texIds('H(X, Y) = H(X) + H(Y \\mid X)')).toEqual([
      'joint-entropy',
      'entropy',
      'conditional-entropy',
    ]);
    expect(texIds('I(X; Y) = H(X) - H(X \\mid Y)')).toEqual([
      'mutual-information',
      'entropy',
      'conditional-entropy',
    ]);
    expect(texIds('H(R, S) = 1')).toEqual(['cross-entropy']);
  });

  it('reads the lessons’ definitions, the defined quantity first', () => {
    expect(
      texIds(
        String.raw`H(p) = \mathbb{E}_{x \sim p}\big[-\log p(x)\big] = -\sum_{x} p(x) \log p(x).`,
      ),
    ).toEqual(['entropy']);
    expect(
      texIds(
        String.raw`H(p, q) = \mathbb{E}_{x \sim p}\big[-\log q(x)\big] = -\sum_x p(x) \log q(x).`,
      ),
    ).toEqual(['cross-entropy']);
    expect(
      texIds(
        String.raw`D_{\mathrm{KL}}(p \,\|\, q) = \sum_x p(x) \log \frac{p(x)}{q(x)} = H(p, q) - H(p).`,
      ),
    ).toEqual(['kl-divergence', 'log-ratio', 'cross-entropy', 'entropy']);
    expect(texIds(String.raw`h(f) = -\int_{-\infty}^{\infty} f(x) \log f(x)\, dx.`)).toEqual([
      'differential-entropy',
    ]);
    expect(texIds(String.raw`h = \tfrac12 \log\big(2 \pi e \sigma^2\big).`)).toEqual([
      'differential-entropy',
    ]);
    expect(texIds(String.raw`H_b(p) = -p \log p - (1 - p) \log (1 - p).`)).toEqual([
      'binary-entropy',
    ]);
    expect(texIds(String.raw`s(x) = -\log p(x) = \log \frac{1}{p(x)}.`)).toEqual(['surprisal']);
  });

  it('reads units, Gaussians, the ELBO and logits', () => {
    expect(texIds(String.raw`H_{\text{nats}}(p) = \ln 2 \cdot H_{\text{bits}}(p),`)).toEqual([
      'entropy',
      'bits-and-nats',
    ]);
    expect(
      texIds(
        String.raw`D_{\mathrm{KL}}\big(\mathcal N(\mu, \sigma^2)\,\|\,\mathcal N(0, 1)\big) = \tfrac12\big(\mu^2 + \sigma^2 - 1 - \ln \sigma^2\big).`,
      ),
    ).toEqual(['kl-divergence', 'gaussian']);
    expect(texIds(String.raw`\mathrm{ELBO}(\theta, \phi; x) = \ldots`)).toEqual(['elbo']);
    expect(
      texIds(String.raw`\frac{\partial}{\partial z_c}\Big(-\sum_k p_k \log q_k\Big) = q_c - p_c,`),
    ).toEqual(['softmax-and-logits', 'cross-entropy']);
  });

  it('finds nothing in TeX without a glossary symbol, and survives any string', () => {
    expect(texIds(String.raw`\frac{a}{b} + \sqrt{x}`)).toEqual([]);
    expect(texIds('')).toEqual([]);
    expect(texIds('H(((')).toEqual([]);
  });
});
