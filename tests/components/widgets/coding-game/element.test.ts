import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canonicalCodewords,
  crossEntropy,
  entropy,
  expectedCodeLength,
  huffmanCodeLengths,
} from '../../../../src/lib/index.ts';
import { rescaleOthers } from '../../../../src/components/kit/distribution-edits.ts';
import CodingGame from '../../../../src/components/widgets/coding-game/CodingGame.astro';
import {
  codingGameModel,
  type CodingGameState,
} from '../../../../src/components/widgets/coding-game/model.ts';
import { expectClose } from '../../../helpers/expect-close.ts';
import { installDom } from '../dom.ts';
import { mountWidget, readoutValue, typeInto } from '../mount-widget.ts';
import { dragPairBar } from '../pair-drag.ts';
import { bitsSent } from './bits-sent.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/coding-game/client.ts');
});
afterAll(() => removeDom());

const codewords = (figure: HTMLElement): string[] =>
  [...figure.querySelectorAll('[data-code-table] tbody tr')].map(
    (row) => row.querySelectorAll('td')[2]!.textContent ?? '',
  );

describe('<coding-game-widget> in the page', () => {
  it('restores p, q, n and the seed from the URL and redraws the code table', async () => {
    const q = [0.1, 0.2, 0.3, 0.4];
    const figure = await mountWidget(CodingGame, {
      url: '/lessons/cross-entropy/?coding-game.p=0.25,0.25,0.25,0.25&coding-game.q=0.1,0.2,0.3,0.4&coding-game.n=20000&coding-game.seed=5',
    });
    expectClose(
      readoutValue(figure, 'expected-length'),
      expectedCodeLength([0.25, 0.25, 0.25, 0.25], huffmanCodeLengths(q)),
      {
        rel: 1e-15,
      },
    );
    expect(codewords(figure)).toEqual(canonicalCodewords(huffmanCodeLengths(q)));
  });

  it('refuses n = 0 and text in the seed box with role=alert, keeping the last sample', async () => {
    const figure = await mountWidget(CodingGame);
    const before = readoutValue(figure, 'bits-per-symbol');
    typeInto(
      figure.querySelector<HTMLInputElement>(
        '[data-scalar-control="n"] input[data-scalar-number]',
      )!,
      '0',
    );
    expect(figure.querySelector('[role="alert"]')?.textContent).toMatch(/^Symbols n /);
    typeInto(
      figure.querySelector<HTMLInputElement>(
        '[data-scalar-control="seed"] input[data-scalar-number]',
      )!,
      'x',
    );
    expect(figure.querySelector('[role="alert"]')?.textContent).toMatch(/^Random seed /);
    expect(readoutValue(figure, 'bits-per-symbol')).toBe(before);
  });

  it('a new seed draws a new sample: its cost and the running-cost line change, the expected length does not', async () => {
    const figure = await mountWidget(CodingGame);
    const seeded = (seed: number) => ({ ...codingGameModel.defaults, seed });
    // The two seeds must send a different number of bits, or the check below would prove nothing.
    expect(bitsSent(seeded(2))).not.toBe(bitsSent(seeded(1)));
    const { n } = codingGameModel.defaults;
    const line = () =>
      figure.querySelector('[data-chart] g[aria-label="line"] path')?.getAttribute('d');
    const lineBefore = line();
    const expected = readoutValue(figure, 'expected-length');
    expectClose(readoutValue(figure, 'bits-per-symbol'), bitsSent(seeded(1)) / n, { rel: 1e-15 });

    typeInto(
      figure.querySelector<HTMLInputElement>(
        '[data-scalar-control="seed"] input[data-scalar-number]',
      )!,
      '2',
    );
    expect(
      figure.querySelector<HTMLElement & { state: CodingGameState }>('coding-game-widget')?.state
        .seed,
    ).toBe(2);
    expectClose(readoutValue(figure, 'bits-per-symbol'), bitsSent(seeded(2)) / n, { rel: 1e-15 });
    expect(lineBefore).toBeTruthy();
    expect(line()).not.toBe(lineBefore);
    expect(readoutValue(figure, 'expected-length')).toBe(expected);
    const { p, q } = codingGameModel.defaults;
    expect(expected).toBe(expectedCodeLength(p, huffmanCodeLengths(q)));
  });
});

describe('<coding-game-widget> pair picture', () => {
  it('dragging a q bar rebuilds the code for the new q; the readouts are the library values', async () => {
    const figure = await mountWidget(CodingGame);
    const { p, q } = codingGameModel.defaults;
    dragPairBar(figure, 'q', 0, [0.6, 0.05]);
    const next = rescaleOthers(q, 0, 0.05);
    expectClose(
      readoutValue(figure, 'expected-length'),
      expectedCodeLength(p, huffmanCodeLengths(next)),
      { rel: 1e-15 },
    );
    expectClose(readoutValue(figure, 'cross-entropy'), crossEntropy(p, next), { rel: 1e-12 });
    expect(codewords(figure)).toEqual(canonicalCodewords(huffmanCodeLengths(next)));
  });

  it('dragging a p bar commits the rescaled p', async () => {
    const figure = await mountWidget(CodingGame);
    const { p } = codingGameModel.defaults;
    dragPairBar(figure, 'p', 2, [0.5]);
    expectClose(readoutValue(figure, 'entropy'), entropy(rescaleOthers(p, 2, 0.5)), {
      rel: 1e-12,
    });
  });
});
