/**
 * Buffers handed back by the page (`recycle`), to be filled again by the draw worker: a new
 * seed at 10⁶ tosses needs 4 MB for its draws and 4 MB for its index, and taking them from here
 * instead of allocating keeps both threads' heaps flat while a reader steps through seeds.
 */
export class BufferPool {
  readonly #free: ArrayBuffer[] = [];
  /** At most this many buffers are kept (enough for every kept seed's draws and index). */
  readonly #limit: number;

  constructor(limit: number) {
    this.#limit = limit;
  }

  get size(): number {
    return this.#free.length;
  }

  give(buffers: readonly ArrayBuffer[]): void {
    for (const buffer of buffers) {
      if (buffer.byteLength > 0 && this.#free.length < this.#limit) this.#free.push(buffer);
    }
  }

  /** A `Uint32Array` of `length`: a view of the smallest free buffer that fits, or a new one. */
  take(length: number): Uint32Array {
    let best = -1;
    this.#free.forEach((buffer, index) => {
      if (buffer.byteLength < length * 4) return;
      if (best < 0 || buffer.byteLength < this.#free[best]!.byteLength) best = index;
    });
    if (best < 0) return new Uint32Array(length);
    const [buffer] = this.#free.splice(best, 1);
    return new Uint32Array(buffer!, 0, length);
  }
}
