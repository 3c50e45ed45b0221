// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { applyUnitToQuantities } from '../../../src/components/kit/static-quantities.ts';
import { formatQuantity } from '../../../src/components/kit/format.ts';
import {
  getUnit,
  onUnitChange,
  setUnit,
  unitBase,
  UNIT_STORAGE_KEY,
} from '../../../src/components/kit/unit.ts';
import { expectClose } from '../../helpers/expect-close.ts';

afterEach(() => {
  window.localStorage.clear();
  window.history.replaceState(null, '', '/');
});

describe('getUnit()', () => {
  it('defaults to bits', () => expect(getUnit()).toBe('bits'));
  it('reads localStorage', () => {
    window.localStorage.setItem(UNIT_STORAGE_KEY, 'nats');
    expect(getUnit()).toBe('nats');
  });
  it('prefers ?unit= in the URL over localStorage, and skips invalid values', () => {
    window.localStorage.setItem(UNIT_STORAGE_KEY, 'nats');
    window.history.replaceState(null, '', '/?unit=bits');
    expect(getUnit()).toBe('bits');
    window.history.replaceState(null, '', '/?unit=<b>');
    expect(getUnit()).toBe('nats');
  });
});

describe('setUnit(unit)', () => {
  it('persists, rewrites ?unit= (dropped for bits) and notifies listeners', () => {
    window.history.replaceState(null, '', '/lessons/entropy/?entropy-explorer.p=0.5,0.5#surprise');
    const seen: string[] = [];
    const unsubscribe = onUnitChange((unit) => seen.push(unit));
    setUnit('nats');
    expect(window.localStorage.getItem(UNIT_STORAGE_KEY)).toBe('nats');
    expect(new URLSearchParams(window.location.search).get('unit')).toBe('nats');
    expect(window.location.hash).toBe('#surprise');
    setUnit('bits');
    expect(window.location.search).not.toContain('unit=');
    unsubscribe();
    setUnit('nats');
    expect(seen).toEqual(['nats', 'bits']);
  });
});

describe('unitBase and applyUnitToQuantities', () => {
  it('maps bits → 2 and nats → e', () => {
    expect(unitBase('bits')).toBe(2);
    expect(unitBase('nats')).toBe(Math.E);
  });
  it('rewrites prose quantities from their bits value', () => {
    document.body.innerHTML =
      '<p><span data-quantity data-bits="1.5" data-digits="4">1.5 bits</span></p>';
    applyUnitToQuantities(document, 'nats');
    const span = document.querySelector<HTMLElement>('[data-quantity]')!;
    expect(span.textContent).toBe(formatQuantity(1.5 * Math.LN2, 'nats'));
    expect(span.dataset['unit']).toBe('nats');
    expectClose(Number(span.textContent?.split(' ')[0]), 1.5 * Math.LN2, { rel: 1e-3 });
  });
});
