/**
 * The page's side of the draw worker (`draw-worker.ts`): `drawInBackground(seed, n)` resolves
 * with `seed`'s draws for n tosses and their index, drawn off the main thread. The worker starts
 * on the first request. Should it fail to start or fail later, every request still resolves,
 * drawn in the page instead (slower, never wrong). `recycleDraws` hands buffers the page let go
 * back to the worker, to be filled again.
 */
import { checkpoints } from './checkpoints.ts';
import type { DrawIndex } from './draw-index.ts';
import { BufferPool } from './draw-pool.ts';
import type { DrawReply, DrawWorkerRequest } from './draw-protocol.ts';
import { drawSeed } from './draw-service.ts';

/** What this module needs of a `Worker`. */
export interface DrawWorker {
  postMessage(message: DrawWorkerRequest, transfer: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DrawReply>) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  terminate(): void;
}

const startWorker = (): DrawWorker =>
  new Worker(new URL('./draw-worker.ts', import.meta.url), { type: 'module' });

let factory: () => DrawWorker = startWorker;
/** The running worker; `null` once it failed (every later request is drawn in the page). */
let worker: DrawWorker | null | undefined;
const waiting = new Map<string, Promise<DrawReply>>();
const settle = new Map<string, (reply: DrawReply) => void>();

const keyOf = (seed: number, n: number): string => `${seed}:${n}`;

/** The index a reply carries, with its checkpoints. */
export function replyIndex(reply: DrawReply): DrawIndex {
  return { sizes: checkpoints(reply.n), grouped: reply.grouped, below: reply.below };
}

/** Tests: the worker to start instead of the real one (`undefined` restores it). */
export function setDrawWorkerFactory(next: (() => DrawWorker) | undefined): void {
  worker?.terminate();
  worker = undefined;
  factory = next ?? startWorker;
}

function drawInPage(key: string): void {
  const [seed, n] = key.split(':').map(Number) as [number, number];
  settle.get(key)?.(drawSeed(seed, n, new BufferPool(0)));
}

function fail(): void {
  worker?.terminate();
  worker = null;
  for (const key of [...settle.keys()]) drawInPage(key);
}

function running(): DrawWorker | null {
  if (worker !== undefined) return worker;
  try {
    const started = factory();
    started.addEventListener('message', ({ data }) => settle.get(keyOf(data.seed, data.n))?.(data));
    started.addEventListener('error', fail);
    worker = started;
  } catch {
    worker = null;
  }
  return worker;
}

/** `seed`'s first n draws and their index for `checkpoints(n)`, drawn off the main thread. */
export function drawInBackground(seed: number, n: number): Promise<DrawReply> {
  const key = keyOf(seed, n);
  const pending = waiting.get(key);
  if (pending) return pending;
  const reply = new Promise<DrawReply>((resolve) => {
    settle.set(key, (value) => {
      waiting.delete(key);
      settle.delete(key);
      resolve(value);
    });
  });
  waiting.set(key, reply);
  const target = running();
  if (target) target.postMessage({ type: 'draw', seed, n }, []);
  else drawInPage(key);
  return reply;
}

/** Hand buffers nothing in the page uses any more back to the worker (transferred). */
export function recycleDraws(buffers: ArrayBuffer[]): void {
  if (!worker || buffers.length === 0) return;
  worker.postMessage({ type: 'recycle', buffers }, buffers);
}
