/**
 * What the worker takes away before it runs any reader code, so a cell (or a shared link's
 * code) gets no network and no storage, and cannot compile code that would get them back:
 *
 * - network: `fetch`, `XMLHttpRequest`, `WebSocket`, `WebSocketStream`, `EventSource`,
 *   `WebTransport`, `importScripts`, `RTCPeerConnection`; nested `Worker`/`SharedWorker` (a new
 *   worker would have them all again); `BroadcastChannel` (talks to the site's other tabs);
 * - storage: `indexedDB`, `caches`, `navigator.storage` (the origin's private file system);
 * - code from strings: `eval`, the `Function` constructors reachable from any function
 *   (`(() => {}).constructor`, async and generator ones too) and string timers
 *   (`setTimeout('…')`), since such code could use `import()`, which cannot be deleted; the
 *   compiler refuses `import()` in the cell itself (`compile.ts`).
 *
 * Each name is deleted wherever it is defined on the global object's prototype chain, then
 * pinned to `undefined` on the global itself. `lockdown` returns the names it could not remove
 * (none, in the browsers tested).
 */
export const NETWORK_AND_STORAGE = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'WebSocketStream',
  'EventSource',
  'WebTransport',
  'importScripts',
  'indexedDB',
  'caches',
  'Worker',
  'SharedWorker',
  'BroadcastChannel',
  'RTCPeerConnection',
  'webkitRTCPeerConnection',
] as const;

function removeEverywhere(holder: object, name: string): void {
  for (let object: object | null = holder; object; object = Object.getPrototypeOf(object)) {
    if (Object.hasOwn(object, name)) {
      try {
        delete (object as Record<string, unknown>)[name];
      } catch {
        // a non-configurable property: pinned below
      }
    }
  }
  try {
    Object.defineProperty(holder, name, {
      value: undefined,
      writable: false,
      configurable: false,
      enumerable: false,
    });
  } catch {
    // reported by the check below
  }
}

function refuseStringCode(): never {
  throw new EvalError('a cell cannot compile code from a string');
}

function pinConstructor(fn: () => unknown): void {
  const prototype = Object.getPrototypeOf(fn) as object;
  Object.defineProperty(prototype, 'constructor', {
    value: refuseStringCode,
    writable: false,
    configurable: false,
  });
}

/** Take away network, storage and code-from-strings; the names still reachable are returned. */
export function lockdown(scope: typeof globalThis = globalThis): string[] {
  for (const name of NETWORK_AND_STORAGE) removeEverywhere(scope, name);
  const navigator = (scope as { navigator?: object }).navigator;
  if (navigator) {
    removeEverywhere(navigator, 'storage');
    removeEverywhere(navigator, 'serviceWorker');
    removeEverywhere(navigator, 'sendBeacon');
  }
  removeEverywhere(scope, 'eval');
  pinConstructor(function () {});
  pinConstructor(async function () {});
  pinConstructor(function* () {});
  pinConstructor(async function* () {});
  removeEverywhere(scope, 'Function');
  for (const timer of ['setTimeout', 'setInterval'] as const) {
    const original = scope[timer].bind(scope) as (handler: unknown, ...rest: unknown[]) => number;
    Object.defineProperty(scope, timer, {
      value: (handler: unknown, ...rest: unknown[]) =>
        typeof handler === 'function' ? original(handler, ...rest) : refuseStringCode(),
      writable: false,
      configurable: false,
    });
  }
  return [...NETWORK_AND_STORAGE, 'eval', 'Function'].filter(
    (name) => (scope as unknown as Record<string, unknown>)[name] !== undefined,
  );
}
