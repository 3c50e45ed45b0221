import { JSDOM } from 'jsdom';
import { populateGlobal } from 'vitest/runtime';

/**
 * A jsdom window installed on the Node globals, the way Vitest's jsdom environment does it.
 * Element tests need it by hand: they render `.astro` components with the container API, which
 * needs the server ("ssr") transform that the `jsdom` docblock environment does not apply.
 * Call in `beforeAll`, before importing a widget's `client.ts`; returns the teardown.
 */
export function installDom(): () => void {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    url: 'http://localhost:3000/',
    pretendToBeVisual: true,
  });
  const { keys, originals } = populateGlobal(globalThis, dom.window, { bindFunctions: true });
  return () => {
    for (const key of keys) Reflect.deleteProperty(globalThis, key);
    for (const [key, descriptor] of originals) Object.defineProperty(globalThis, key, descriptor);
    dom.window.close();
  };
}
