import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createRng, tossCoins } from '../../../../src/lib/index.ts';
import CoinToss from '../../../../src/components/widgets/coin-toss/CoinToss.astro';
import { checkpoints } from '../../../../src/components/widgets/coin-toss/checkpoints.ts';
import { indexDraws } from '../../../../src/components/widgets/coin-toss/draw-index.ts';
import { BufferPool } from '../../../../src/components/widgets/coin-toss/draw-pool.ts';
import type {
  DrawReply,
  DrawWorkerRequest,
} from '../../../../src/components/widgets/coin-toss/draw-protocol.ts';
import {
  setDrawWorkerFactory,
  type DrawWorker,
} from '../../../../src/components/widgets/coin-toss/draw-requests.ts';
import {
  drawSeed,
  serveDraws,
  type DrawWorkerScope,
} from '../../../../src/components/widgets/coin-toss/draw-service.ts';
import { installDom } from '../dom.ts';
import { forgetKeptWidgetStates, mountWidget, readoutValue, typeInto } from '../mount-widget.ts';

let removeDom: () => void = () => undefined;
beforeAll(async () => {
  removeDom = installDom();
  await import('../../../../src/components/widgets/coin-toss/client.ts');
});
afterAll(() => removeDom());
afterEach(() => {
  setDrawWorkerFactory(undefined);
  forgetKeptWidgetStates();
});

const headsOf = (n: number, s: number, seed: number): number =>
  tossCoins(n, s, createRng(seed)).reduce((sum, t) => sum + t, 0);

/** A worker that answers only when told to: `release(i)` answers the i-th draw request. */
class HeldWorker implements DrawWorker {
  readonly requests: DrawWorkerRequest[] = [];
  readonly #listeners: {
    message: ((e: MessageEvent<DrawReply>) => void)[];
    error: (() => void)[];
  } = { message: [], error: [] };
  terminated = false;

  postMessage(message: DrawWorkerRequest): void {
    this.requests.push(message);
  }
  addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
    (this.#listeners[type] as unknown[]).push(listener);
  }
  terminate(): void {
    this.terminated = true;
  }
  get draws(): { seed: number; n: number }[] {
    return this.requests.flatMap((r) => (r.type === 'draw' ? [{ seed: r.seed, n: r.n }] : []));
  }
  release(i: number): void {
    const { seed, n } = this.draws[i]!;
    const data = drawSeed(seed, n, new BufferPool(0));
    for (const listener of this.#listeners.message) listener({ data } as MessageEvent<DrawReply>);
  }
  fail(): void {
    for (const listener of this.#listeners.error) listener();
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const N = 200_000;
const url = (seed: number) =>
  `/lessons/coin-toss/?coin-toss.n=${N}&coin-toss.runs=1&coin-toss.seed=${seed}`;

function seedBox(figure: HTMLElement): HTMLInputElement {
  return figure.querySelector<HTMLInputElement>(
    '[data-scalar-control="seed"] input[data-scalar-number]',
  )!;
}
function pBox(figure: HTMLElement): HTMLInputElement {
  return figure.querySelector<HTMLInputElement>(
    '[data-scalar-control="p"] input[data-scalar-number]',
  )!;
}

describe('the draw worker', () => {
  it('draws exactly createRng(seed) and its index, into dirty recycled buffers', () => {
    const n = 100_000;
    const pool = new BufferPool(8);
    const dirty = [1, 2, 3].map(() => new Uint32Array(2 * n).fill(0xdeadbeef).buffer);
    pool.give(dirty);
    const reply = drawSeed(9, n, pool);
    const raw = createRng(9).fillUint32(new Uint32Array(n));
    const index = indexDraws(raw, checkpoints(n));
    expect([...reply.raw]).toEqual([...raw]);
    expect([...reply.grouped]).toEqual([...index.grouped]);
    expect([...reply.below]).toEqual([...index.below]);
    const used = [reply.raw.buffer, reply.grouped.buffer, reply.below.buffer];
    expect(used.filter((buffer) => dirty.includes(buffer as ArrayBuffer))).toHaveLength(3);
    expect(pool.size).toBe(0);
  });

  it('answers a draw request with its buffers transferred and takes recycled buffers', () => {
    const posted: { message: DrawReply; transfer: Transferable[] }[] = [];
    const scope: DrawWorkerScope = {
      onmessage: null,
      postMessage: (message, transfer) => posted.push({ message, transfer }),
    };
    const pool = new BufferPool(4);
    serveDraws(scope, pool);
    scope.onmessage!({ data: { type: 'recycle', buffers: [new ArrayBuffer(64)] } } as MessageEvent);
    expect(pool.size).toBe(1);
    scope.onmessage!({ data: { type: 'draw', seed: 3, n: 10 } } as MessageEvent);
    const [{ message, transfer }] = posted as [(typeof posted)[number]];
    expect([...message.raw]).toEqual([...createRng(3).fillUint32(new Uint32Array(10))]);
    expect(transfer).toContain(message.raw.buffer);
    expect(transfer).toContain(message.grouped.buffer);
    expect(transfer).toContain(message.below.buffer);
  });
});

describe('<coin-toss-widget> with draws in a worker', () => {
  it('keeps the drawn state while a new seed is tossed, then shows it (changes meanwhile join)', async () => {
    const worker = new HeldWorker();
    setDrawWorkerFactory(() => worker);
    const figure = await mountWidget(CoinToss, { url: url(1) });
    const element = figure.querySelector<HTMLElement & { state: { seed: number; p: number } }>(
      'coin-toss-widget',
    )!;
    const before = readoutValue(figure, 'heads');
    expect(before).toBe(headsOf(N, 0.5, 1));

    typeInto(seedBox(figure), '7');
    expect(worker.draws).toEqual([{ seed: 7, n: N }]);
    expect(element.hasAttribute('data-tossing')).toBe(true);
    expect(figure.querySelector('.widget-readouts')?.getAttribute('aria-busy')).toBe('true');
    expect(readoutValue(figure, 'heads')).toBe(before);
    expect(element.state.seed).toBe(7);

    typeInto(pBox(figure), '0.3');
    expect(element.state).toMatchObject({ seed: 7, p: 0.3 });
    expect(readoutValue(figure, 'heads')).toBe(before);

    worker.release(0);
    await settle();
    expect(element.hasAttribute('data-tossing')).toBe(false);
    expect(figure.querySelector('.widget-readouts')?.hasAttribute('aria-busy')).toBe(false);
    expect(readoutValue(figure, 'heads')).toBe(headsOf(N, 0.3, 7));
  });

  it('shows the newest seed, not one whose draws arrive after it was left', async () => {
    const worker = new HeldWorker();
    setDrawWorkerFactory(() => worker);
    const figure = await mountWidget(CoinToss, { url: url(1) });
    typeInto(seedBox(figure), '20');
    typeInto(seedBox(figure), '21');
    expect(worker.draws.map(({ seed }) => seed)).toEqual([20, 21]);
    worker.release(0);
    await settle();
    expect(figure.querySelector('coin-toss-widget')?.hasAttribute('data-tossing')).toBe(true);
    expect(readoutValue(figure, 'heads')).toBe(headsOf(N, 0.5, 1));
    worker.release(1);
    await settle();
    expect(readoutValue(figure, 'heads')).toBe(headsOf(N, 0.5, 21));
  });

  it('draws in the page when the worker fails, and in the page at small n', async () => {
    const worker = new HeldWorker();
    setDrawWorkerFactory(() => worker);
    const figure = await mountWidget(CoinToss, { url: url(1) });
    typeInto(seedBox(figure), '30');
    worker.fail();
    await settle();
    expect(worker.terminated).toBe(true);
    expect(readoutValue(figure, 'heads')).toBe(headsOf(N, 0.5, 30));

    const small = new HeldWorker();
    setDrawWorkerFactory(() => small);
    const few = await mountWidget(CoinToss, {
      url: '/lessons/coin-toss/?coin-toss.n=5000&coin-toss.runs=2',
    });
    typeInto(seedBox(few), '40');
    expect(small.requests).toEqual([]);
    expect(readoutValue(few, 'heads')).toBe(headsOf(5000, 0.5, 40));
  });
});
