/**
 * Messages between the page and the coin toss's draw worker (`draw-worker.ts`).
 *
 * - `draw`: the raw 32-bit draws of `createRng(seed)` for n tosses and their index for
 *   `checkpoints(n)`; answered by a `DrawReply` whose arrays are transferred, not copied.
 * - `recycle`: buffers the page no longer needs, handed back to be filled again, so that a new
 *   seed does not cost the page's heap another 4–8 MB.
 */

export interface DrawRequest {
  type: 'draw';
  seed: number;
  n: number;
}

export interface RecycleRequest {
  type: 'recycle';
  buffers: ArrayBuffer[];
}

export type DrawWorkerRequest = DrawRequest | RecycleRequest;

export interface DrawReply {
  seed: number;
  n: number;
  /** The first n draws (a view of a buffer that may be longer). */
  raw: Uint32Array;
  /** The index's arrays (see `DrawIndex`); its sizes are `checkpoints(n)`. */
  grouped: Uint32Array;
  below: Uint32Array;
}
