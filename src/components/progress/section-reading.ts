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
 * with its end is read after the moment; flinging through a lesson reads nothing. Time while
 * the page is hidden (another tab, a minimised window) is not on-screen time: `hide` stops the
 * clock of every section until the next `update`.
 */

/** Where a marker is: above the window, in it, or below it. */
export type Place = 'above' | 'in' | 'below';

/** How long a section must have been on screen, in all, to count as read. */
export const READ_DWELL_MS = 1500;

/** Where an element's box is relative to a window `height` high (its top 0). */
export function placeOf(top: number, bottom: number, height: number): Place {
  return bottom < 0 ? 'above' : top > height ? 'below' : 'in';
}

export interface SectionReading {
  /** The markers' places now (`count + 1` of them): returns the sections read just now. */
  update(places: readonly Place[], now: number): number[];
  /** How long until a section on screen may be read (then call `update` again), if any may. */
  wait(now: number): number | undefined;
  /** The page was hidden at `now`: no section is on screen until the next `update`. */
  hide(now: number): void;
}

/** The reading of `count` sections (`count + 1` markers); `read` holds those already read. */
export function sectionReading(
  count: number,
  read: readonly number[] = [],
  dwell = READ_DWELL_MS,
): SectionReading {
  // Per section: heading seen, end reached, told read, on-screen time before the current
  // stretch, and the current stretch's start (undefined when off screen).
  const seen: boolean[] = [];
  const ended: boolean[] = [];
  const told: boolean[] = [];
  const time: number[] = [];
  const since: (number | undefined)[] = [];
  for (const i of read) told[i] = true;
  const onScreenFor = (i: number, now: number): number =>
    (time[i] ?? 0) + (since[i] === undefined ? 0 : now - since[i]);
  const candidates = (): number[] =>
    [...Array(count).keys()].filter((i) => !told[i] && seen[i] && ended[i]);
  return {
    update(places, now) {
      for (let i = 0; i < count; i++) {
        const start = places[i];
        const end = places[i + 1] ?? 'below';
        time[i] = onScreenFor(i, now);
        since[i] = start !== 'below' && end !== 'above' ? now : undefined;
        seen[i] ||= start === 'in';
        ended[i] ||= end !== 'below';
      }
      const done = candidates().filter((i) => onScreenFor(i, now) >= dwell);
      for (const i of done) told[i] = true;
      return done;
    },
    wait(now) {
      const waits = candidates()
        .filter((i) => since[i] !== undefined)
        .map((i) => dwell - onScreenFor(i, now));
      return waits.length > 0 ? Math.max(0, Math.min(...waits)) : undefined;
    },
    hide(now) {
      for (let i = 0; i < count; i++) {
        time[i] = onScreenFor(i, now);
        since[i] = undefined;
      }
    },
  };
}
