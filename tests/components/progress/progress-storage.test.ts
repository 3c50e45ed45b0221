// The storage adapter: records merge with what is stored, a full or refused storage never
// throws, and "forget" removes progress, widget states and cell edits but not the theme or unit.
import { describe, expect, it } from 'vitest';
import {
  forgetProgress,
  forgettableKeys,
  loadProgress,
  storeProgress,
} from '../../../src/components/progress/progress-storage.ts';
import { PROGRESS_STORAGE_KEY } from '../../../src/components/progress/progress-store.ts';

/** An in-memory Storage, as a browser gives one. */
function memoryStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => void map.set(key, String(value)),
    removeItem: (key) => void map.delete(key),
    clear: () => map.clear(),
  };
}

/** A Storage that throws on every call, as disabled storage or a full quota does. */
const refusing: Storage = {
  get length(): number {
    throw new DOMException('denied', 'SecurityError');
  },
  key() {
    throw new DOMException('denied', 'SecurityError');
  },
  getItem() {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('quota', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('denied', 'SecurityError');
  },
  clear() {
    throw new DOMException('denied', 'SecurityError');
  },
};

describe('storeProgress', () => {
  it('adds to what another tab stored meanwhile', () => {
    const storage = memoryStorage();
    storeProgress('entropy', { kind: 'section', id: 'surprise' }, storage);
    // Another tab writes its own record.
    storage.setItem(
      PROGRESS_STORAGE_KEY,
      '{"v":1,"lessons":{"entropy":{"section":["surprise"]},"kl-divergence":{"cell":["c"]}}}',
    );
    const progress = storeProgress('entropy', { kind: 'exercise', id: 'e1' }, storage);
    expect(progress?.get('kl-divergence')?.cell.has('c')).toBe(true);
    const stored = loadProgress(storage);
    expect([...(stored.get('entropy')?.exercise ?? [])]).toEqual(['e1']);
    expect([...(stored.get('kl-divergence')?.cell ?? [])]).toEqual(['c']);
  });

  it('returns undefined for a repeat or a bad detail, and writes nothing', () => {
    const storage = memoryStorage();
    expect(storeProgress('entropy', { kind: 'cell', id: 'a' }, storage)).toBeDefined();
    const before = storage.getItem(PROGRESS_STORAGE_KEY);
    expect(storeProgress('entropy', { kind: 'cell', id: 'a' }, storage)).toBeUndefined();
    expect(storeProgress('entropy', { kind: 'cell', id: '"><script>' }, storage)).toBeUndefined();
    expect(storage.getItem(PROGRESS_STORAGE_KEY)).toBe(before);
  });

  it('replaces a corrupt stored value with a good one', () => {
    const storage = memoryStorage({ [PROGRESS_STORAGE_KEY]: '{{{not json' });
    storeProgress('entropy', { kind: 'section', id: 'surprise' }, storage);
    expect(JSON.parse(storage.getItem(PROGRESS_STORAGE_KEY) ?? '')).toEqual({
      v: 1,
      lessons: { entropy: { section: ['surprise'] } },
    });
  });

  it('never throws when storage refuses, or is missing', () => {
    expect(loadProgress(refusing).size).toBe(0);
    expect(storeProgress('entropy', { kind: 'section', id: 'a' }, refusing)).toBeDefined();
    expect(loadProgress(undefined).size).toBe(0);
    expect(storeProgress('entropy', { kind: 'section', id: 'a' }, undefined)).toBeDefined();
    // No window here (Node): the default storage is none, not an exception.
    expect(loadProgress().size).toBe(0);
  });
});

describe('forgetProgress', () => {
  it('removes progress, widget states and cell edits; keeps the theme, the unit and other sites’ keys', () => {
    const storage = memoryStorage({
      [PROGRESS_STORAGE_KEY]: '{"v":1,"lessons":{}}',
      'surprisal:widget:/lessons/entropy/:entropy-explorer': 'entropy-explorer.p=0.5,0.5',
      'surprisal:cell:/lessons/entropy/:c1': 'entropy([1])',
      'surprisal:theme': 'dark',
      'surprisal:unit': 'nats',
      'other-app': 'x',
    });
    expect(forgettableKeys(storage)).toHaveLength(3);
    expect(forgetProgress(storage)).toBe(true);
    expect(forgettableKeys(storage)).toEqual([]);
    expect(storage.getItem('surprisal:theme')).toBe('dark');
    expect(storage.getItem('surprisal:unit')).toBe('nats');
    expect(storage.getItem('other-app')).toBe('x');
    expect(storage.length).toBe(3);
  });

  it('says so, without throwing, when storage refuses', () => {
    expect(forgettableKeys(refusing)).toEqual([]);
    expect(forgetProgress(refusing)).toBe(false);
    expect(forgetProgress(undefined)).toBe(true);
  });
});
