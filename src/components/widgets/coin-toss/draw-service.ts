/**
 * What the coin toss's draw worker does (`draw-worker.ts` runs it): draw a seed's raw 32-bit
 * values and group them into the index the page looks heads up in (`draw-index.ts`), into
 * buffers the page handed back where it can (`draw-pool.ts`).
 */
import { createRng } from '../../../lib/rng.ts';
import { checkpoints } from './checkpoints.ts';
import { indexDraws, indexSize } from './draw-index.ts';
import type { DrawReply, DrawWorkerRequest } from './draw-protocol.ts';
import { BufferPool } from './draw-pool.ts';

/** What the worker needs of its global scope (a `DedicatedWorkerGlobalScope`). */
export interface DrawWorkerScope {
  onmessage: ((event: MessageEvent<DrawWorkerRequest>) => void) | null;
  postMessage(message: DrawReply, transfer: Transferable[]): void;
}

/** Draws and indexes `seed`'s first n values into buffers from `pool`. */
export function drawSeed(seed: number, n: number, pool: BufferPool): DrawReply {
  const sizes = checkpoints(n);
  const size = indexSize(sizes);
  const raw = createRng(seed).fillUint32(pool.take(n));
  const index = indexDraws(raw, sizes, {
    grouped: pool.take(size.grouped),
    below: pool.take(size.below),
  });
  return { seed, n, raw, grouped: index.grouped, below: index.below };
}

/** Answers the page's requests on `scope`. */
export function serveDraws(scope: DrawWorkerScope, pool = new BufferPool(24)): void {
  scope.onmessage = ({ data }) => {
    if (data.type === 'recycle') {
      pool.give(data.buffers);
      return;
    }
    const reply = drawSeed(data.seed, data.n, pool);
    const transfer = [reply.raw.buffer, reply.grouped.buffer, reply.below.buffer];
    scope.postMessage(reply, [...new Set(transfer)] as ArrayBuffer[]);
  };
}
