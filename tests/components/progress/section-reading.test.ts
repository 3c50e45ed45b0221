// The rule for a section read: its heading seen, its end reached, and on screen for a moment.
import { describe, expect, it } from 'vitest';
import {
  READ_DWELL_MS,
  sectionReading,
  placeOf,
  type Place,
} from '../../../src/components/progress/section-reading.ts';

const D = READ_DWELL_MS;

/** Places of `n + 1` markers with the window showing markers `from`..`to` (inclusive). */
function window(n: number, from: number, to: number): Place[] {
  return Array.from({ length: n + 1 }, (_, i) => (i < from ? 'above' : i > to ? 'below' : 'in'));
}

describe('placeOf', () => {
  it('says above, in or below the window', () => {
    expect(placeOf(-50, -1, 800)).toBe('above');
    expect(placeOf(-50, 0, 800)).toBe('in');
    expect(placeOf(10, 40, 800)).toBe('in');
    expect(placeOf(800, 830, 800)).toBe('in');
    expect(placeOf(801, 830, 800)).toBe('below');
  });
});

describe('SectionReading', () => {
  it('a short section shown whole is read after the moment, not before', () => {
    const reading = sectionReading(3);
    expect(reading.update(window(3, 0, 1), 0)).toEqual([]);
    expect(reading.wait(0)).toBe(D);
    expect(reading.update(window(3, 0, 1), D - 1)).toEqual([]);
    expect(reading.update(window(3, 0, 1), D)).toEqual([0]);
    // Told once.
    expect(reading.update(window(3, 0, 1), 2 * D)).toEqual([]);
  });

  it('a long section is read when its end comes up after the moment', () => {
    const reading = sectionReading(2);
    reading.update(['in', 'below', 'below'], 0); // heading in view
    reading.update(['above', 'below', 'below'], 500); // reading the middle, heading gone
    expect(reading.wait(500)).toBeUndefined(); // the end is not reached yet: nothing to wait for
    expect(reading.update(['above', 'in', 'below'], 4000)).toEqual([0]);
  });

  it('flinging through the lesson reads nothing', () => {
    const reading = sectionReading(4);
    let now = 0;
    for (let i = 0; i <= 4; i++) {
      now += 50;
      expect(reading.update(window(4, i, i), now)).toEqual([]);
    }
    expect(reading.update(window(4, 4, 4), now + 10)).toEqual([]);
  });

  it('a section jumped over (its heading never in view) is not read', () => {
    const reading = sectionReading(3);
    // A link to section 2: markers 0 and 1 went by above, heading 2 is at the top.
    reading.update(['above', 'above', 'in', 'in'], 0);
    expect(reading.update(['above', 'above', 'in', 'in'], 10 * D)).toEqual([2]);
  });

  it('the sliver of the section above a jumped-to heading does not count it read', () => {
    const reading = sectionReading(2);
    reading.update(['above', 'in', 'below'], 0);
    expect(reading.update(['above', 'in', 'below'], 10 * D)).toEqual([]);
  });

  it('on-screen time adds up over several visits', () => {
    const reading = sectionReading(1);
    reading.update(['in', 'in'], 0);
    reading.update(['below', 'below'], D / 2); // scrolled back above the section
    reading.update(['in', 'in'], 10 * D);
    expect(reading.wait(10 * D)).toBe(D / 2);
    expect(reading.update(['in', 'in'], 10 * D + D / 2)).toEqual([0]);
  });

  it('time while the page is hidden is not on-screen time', () => {
    const reading = sectionReading(1);
    reading.update(['in', 'in'], 0);
    reading.hide(D / 4);
    expect(reading.wait(5 * D)).toBeUndefined(); // nothing on screen to wait for
    expect(reading.update(['in', 'in'], 5 * D)).toEqual([]);
    expect(reading.wait(5 * D)).toBe((3 * D) / 4);
    expect(reading.update(['in', 'in'], 5 * D + (3 * D) / 4)).toEqual([0]);
  });

  it('the end of the article ends the last section', () => {
    const reading = sectionReading(2);
    reading.update(['above', 'in', 'below'], 0);
    expect(reading.update(['above', 'in', 'in'], D)).toEqual([1]);
  });

  it('does not tell again the sections already read', () => {
    const reading = sectionReading(2, [0]);
    reading.update(['in', 'in', 'in'], 0);
    expect(reading.update(['in', 'in', 'in'], D)).toEqual([1]);
  });
});
