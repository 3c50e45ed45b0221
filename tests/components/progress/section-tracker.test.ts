// The section tracker on a fake document and a fake clock: time while the page is hidden does
// not count towards a section being read.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_EVENT } from '../../../src/components/progress/progress-event.ts';
import { READ_DWELL_MS } from '../../../src/components/progress/section-reading.ts';
import { trackSections } from '../../../src/components/progress/section-tracker.ts';
import { installDom } from '../widgets/dom.ts';

let removeDom: () => void = () => undefined;
beforeAll(() => {
  removeDom = installDom();
});
afterAll(() => removeDom());

let visibility: DocumentVisibilityState = 'visible';
let observed: (() => void) | undefined;
const reported: string[] = [];
const record = (event: Event): void => {
  reported.push((event as CustomEvent<{ id: string }>).detail.id);
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  visibility = 'visible';
  reported.length = 0;
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => visibility,
  });
  // An IntersectionObserver the test triggers by hand.
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: () => void) {
        observed = callback;
      }
      observe(): void {}
    },
  );
  // One short section, heading and end both in the window.
  document.body.innerHTML =
    '<article><h2 id="one">One</h2><p>Text.</p><hr data-lesson-end></article>';
  for (const element of document.querySelectorAll('h2, hr'))
    element.getBoundingClientRect = () => ({ top: 10, bottom: 30 }) as DOMRect;
  document.addEventListener(PROGRESS_EVENT, record);
});

afterEach(() => {
  document.removeEventListener(PROGRESS_EVENT, record);
  vi.useRealTimers();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(document, 'visibilityState');
  document.body.innerHTML = '';
});

function setVisibility(state: DocumentVisibilityState): void {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('trackSections', () => {
  it('reads a section shown for the moment', () => {
    trackSections(document.querySelector('article')!, ['one'], new Set());
    observed?.();
    vi.advanceTimersByTime(READ_DWELL_MS + 100);
    expect(reported).toEqual(['one']);
  });

  it('does not count time while the page is hidden, and goes on where it stopped', () => {
    trackSections(document.querySelector('article')!, ['one'], new Set());
    observed?.();
    vi.advanceTimersByTime(READ_DWELL_MS / 3);
    setVisibility('hidden');
    vi.advanceTimersByTime(10 * READ_DWELL_MS);
    expect(reported).toEqual([]);
    setVisibility('visible');
    vi.advanceTimersByTime(READ_DWELL_MS / 2);
    expect(reported).toEqual([]);
    vi.advanceTimersByTime(READ_DWELL_MS / 2);
    expect(reported).toEqual(['one']);
  });

  it('does not count a crossing seen while hidden as time on screen', () => {
    visibility = 'hidden';
    trackSections(document.querySelector('article')!, ['one'], new Set());
    observed?.();
    vi.advanceTimersByTime(10 * READ_DWELL_MS);
    expect(reported).toEqual([]);
  });
});
