import { expect, it } from 'vitest';
import { lockdown, NETWORK_AND_STORAGE } from '../../../src/components/notebook/lockdown.ts';

// A stand-in global scope: network and storage names on a prototype (as the browser defines
// them, on WorkerGlobalScope.prototype) and on the object itself.
function fakeScope(): typeof globalThis {
  const proto: Record<string, unknown> = {};
  for (const name of NETWORK_AND_STORAGE) proto[name] = () => 'reached';
  const scope = Object.create(proto) as Record<string, unknown>;
  scope['fetch'] = () => 'own fetch';
  scope['eval'] = () => 'eval';
  scope['Function'] = Function;
  scope['setTimeout'] = (handler: unknown) => (typeof handler === 'function' ? 1 : 'ran string');
  scope['setInterval'] = scope['setTimeout'];
  scope['navigator'] = Object.create({ storage: {}, sendBeacon: () => true });
  return scope as unknown as typeof globalThis;
}

it('removes every network and storage name, on the scope and its prototypes', () => {
  const scope = fakeScope();
  const proto = Object.getPrototypeOf(scope) as Record<string, unknown>;
  expect(lockdown(scope)).toEqual([]);
  for (const name of NETWORK_AND_STORAGE) {
    expect((scope as unknown as Record<string, unknown>)[name], name).toBeUndefined();
    expect(Object.hasOwn(proto, name), name).toBe(false);
  }
  const navigator = (scope as unknown as { navigator: Record<string, unknown> }).navigator;
  expect(navigator['storage']).toBeUndefined();
  expect(navigator['sendBeacon']).toBeUndefined();
  expect((scope as unknown as Record<string, unknown>)['eval']).toBeUndefined();
  // pinned: cannot be put back
  expect(() => {
    'use strict';
    (scope as unknown as Record<string, unknown>)['fetch'] = () => 'back';
  }).toThrow(TypeError);
  expect(() => scope.setTimeout('1 + 1' as unknown as () => void)).toThrow(/string/);
  expect(scope.setTimeout(() => {})).toBe(1);
});
