/**
 * When a lesson section counts as read. Pure (time and positions are given): the page script
 * (`lesson-progress.ts`) feeds it where each marker is whenever an IntersectionObserver reports
 * a crossing, and again when a wait it asked for is over.
 *
 * Section i runs from its heading (marker i) to the next section's heading or the article's
 * end (marker i + 1). It is read once
 * 1. its heading has been in the window (a section jumped over is not read),
 * 2. its end has reached the window (the reader got to the end of it), and
 * 3. it has been on screen (some of it in the window) for `READ_DWELL_MS` in all,
 * in any order: a long section is read when its end comes up; a short one that fits the window
 * with its end is read after the moment; flinging through a lesson reads nothing.
 */

/** Where a marker is: above the window, in it, or below it. */
export type Place = 'above' | 'in' | 'below';

/** How long a section must have been on screen, in all, to count as read. */
export const READ_DWELL_MS = 1500;

/** Where an element's box is relative to a window `height` high (its top 0). */
export function placeOf(top: number, bottom: number, height: number): Place {
  return bottom < 0 ? 'above' : top > height ? 'below' : 'in';
}

export class SectionReading {
  readonly #dwell: number;
  readonly #seen: boolean[] = [];
  readonly #ended: boolean[] = [];
  readonly #read: boolean[] = [];
  /** On-screen time before the current stretch; the current stretch's start, if on screen. */
  readonly #time: number[] = [];
  readonly #since: (number | undefined)[] = [];

  /** `count` sections (`count + 1` markers); `read` holds those already read. */
  constructor(
    readonly count: number,
    read: readonly number[] = [],
    dwell = READ_DWELL_MS,
  ) {
    this.#dwell = dwell;
    for (let i = 0; i < count; i++) this.#time[i] = 0;
    for (const i of read) this.#read[i] = true;
  }

  #onScreenFor(i: number, now: number): number {
    const since = this.#since[i];
    return (this.#time[i] ?? 0) + (since === undefined ? 0 : now - since);
  }

  /** The markers' places now (`count + 1` of them): returns the sections read just now. */
  update(places: readonly Place[], now: number): number[] {
    for (let i = 0; i < this.count; i++) {
      this.#time[i] = this.#onScreenFor(i, now);
      const start = places[i];
      const end = places[i + 1];
      this.#since[i] = start !== 'below' && end !== 'above' ? now : undefined;
      if (start === 'in') this.#seen[i] = true;
      if (end !== undefined && end !== 'below') this.#ended[i] = true;
    }
    return this.check(now);
  }

  /** The sections read by `now` and not told before. */
  check(now: number): number[] {
    const read: number[] = [];
    for (let i = 0; i < this.count; i++) {
      if (this.#read[i] || !this.#seen[i] || !this.#ended[i]) continue;
      if (this.#onScreenFor(i, now) < this.#dwell) continue;
      this.#read[i] = true;
      read.push(i);
    }
    return read;
  }

  /** How long until a section on screen may be read (then call `update` again), if any may. */
  wait(now: number): number | undefined {
    let wait: number | undefined;
    for (let i = 0; i < this.count; i++) {
      if (this.#read[i] || this.#since[i] === undefined || !this.#seen[i] || !this.#ended[i])
        continue;
      const left = Math.max(0, this.#dwell - this.#onScreenFor(i, now));
      wait = wait === undefined ? left : Math.min(wait, left);
    }
    return wait;
  }
}
