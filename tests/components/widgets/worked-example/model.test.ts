import { describe, expect, it } from 'vitest';
import {
  crossEntropy,
  crossEntropyTerms,
  entropy,
  klDivergence,
  klTerms,
} from '../../../../src/lib/index.ts';
import { workedExampleModel } from '../../../../src/components/widgets/worked-example/model.ts';
import { workedValues } from '../../../../src/components/widgets/worked-example/terms.ts';
import { explorerQuery } from '../../../../src/components/widgets/worked-example/explorer-links.ts';
import { readInstanceParams } from '../../../../src/components/kit/url-state.ts';
import { probabilityList } from '../../../../src/components/kit/params.ts';

const r = [0.3, 0.4, 0.3];
const s = [0.1, 0.8, 0.1];

describe('worked-example model', () => {
  it('computes its six readouts with the library, in both units', () => {
    for (const unit of ['bits', 'nats'] as const) {
      const base = { base: unit === 'bits' ? 2 : Math.E };
      const readouts = Object.fromEntries(
        workedExampleModel.readouts({ r, s }, unit).map((x) => [x.name, x.value]),
      );
      expect(readouts).toEqual({
        'entropy-r': entropy(r, base),
        'entropy-s': entropy(s, base),
        'cross-entropy-rs': crossEntropy(r, s, base),
        'cross-entropy-sr': crossEntropy(s, r, base),
        'kl-rs': klDivergence(r, s, base),
        'kl-sr': klDivergence(s, r, base),
      });
    }
  });

  it('rejects distributions that do not have three outcomes', () => {
    expect(workedExampleModel.validate?.({ r: [0.5, 0.5], s: [0.5, 0.5] })).toMatch(/3 outcomes/);
    expect(workedExampleModel.validate?.({ r, s })).toBeUndefined();
  });
});

describe('workedValues', () => {
  it('gives every term and sum from the library', () => {
    const values = workedValues({ r, s }, 'nats');
    const base = { base: Math.E };
    expect(values['unit']).toBe('nats');
    expect(values['krs2']).toBe(klTerms(r, s, base)[1]);
    expect(values['ksr3']).toBe(klTerms(s, r, base)[2]);
    expect(values['hrs1']).toBe(crossEntropyTerms(r, s, base)[0]);
    expect(values['hsr2']).toBe(crossEntropyTerms(s, r, base)[1]);
    expect(values['hr3']).toBe(crossEntropyTerms(r, r, base)[2]);
    expect(values['hs']).toBe(entropy(s, base));
    expect(values['r2']).toBe(0.4);
    expect(values['s2']).toBe(0.8);
  });
});

describe('explorer links', () => {
  it('carry R as p and S as q in the url-state format', () => {
    const search = new URLSearchParams(explorerQuery('kl-explorer', { r, s }));
    const codecs = { p: probabilityList(), q: probabilityList() };
    const { values, ignored } = readInstanceParams(search, 'kl-explorer', codecs);
    expect(ignored).toEqual([]);
    expect(values).toEqual({ p: r, q: s });
  });
});
