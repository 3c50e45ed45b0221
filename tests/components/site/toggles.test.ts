// @vitest-environment jsdom
// The header's theme and unit toggles: real buttons whose aria-pressed tells the state, choices
// persisted in localStorage, the unit also in the URL (via the kit's unit.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UNIT_CHANGE_EVENT, UNIT_STORAGE_KEY } from '../../../src/components/kit/unit.ts';

function stubSystemTheme(dark: boolean): void {
  vi.stubGlobal('matchMedia', (query: string) => ({
    matches: dark && query.includes('dark'),
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  }));
}

beforeEach(() => {
  vi.resetModules();
  localStorage.clear();
  delete document.documentElement.dataset['theme'];
  history.replaceState(null, '', '/lessons/entropy/');
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('theme toggle', () => {
  const mount = async (): Promise<HTMLButtonElement> => {
    document.body.innerHTML =
      '<button type="button" data-theme-toggle aria-pressed="false" hidden>Dark theme</button>';
    const { bindThemeToggles } = await import('../../../src/components/site/theme-toggle.ts');
    bindThemeToggles();
    return document.querySelector('button')!;
  };

  it('shows itself and reports the system theme while nothing is stored', async () => {
    stubSystemTheme(true);
    const button = await mount();
    expect(button.hidden).toBe(false);
    expect(button.getAttribute('aria-pressed')).toBe('true');
  });

  it('switches to the other theme on click and remembers the choice', async () => {
    stubSystemTheme(false);
    const button = await mount();
    button.click();
    expect(document.documentElement.dataset['theme']).toBe('dark');
    expect(localStorage.getItem('surprisal:theme')).toBe('dark');
    expect(button.getAttribute('aria-pressed')).toBe('true');
    button.click();
    expect(document.documentElement.dataset['theme']).toBe('light');
    expect(button.getAttribute('aria-pressed')).toBe('false');
  });
});

describe('unit toggle', () => {
  const mount = async (): Promise<{
    bits: HTMLButtonElement;
    nats: HTMLButtonElement;
    group: HTMLElement;
  }> => {
    document.body.innerHTML = `<div role="group" aria-label="Unit of information" data-unit-toggle hidden>
      <button type="button" data-unit-choice="bits" aria-pressed="true">bits</button>
      <button type="button" data-unit-choice="nats" aria-pressed="false">nats</button></div>`;
    const { bindUnitToggles } = await import('../../../src/components/site/unit-toggle.ts');
    bindUnitToggles();
    const [bits, nats] = document.querySelectorAll<HTMLButtonElement>('button');
    return {
      bits: bits!,
      nats: nats!,
      group: document.querySelector<HTMLElement>('[data-unit-toggle]')!,
    };
  };

  it('shows itself with the unit from ?unit=nats pressed', async () => {
    history.replaceState(null, '', '/lessons/entropy/?unit=nats');
    const { bits, nats, group } = await mount();
    expect(group.hidden).toBe(false);
    expect(nats.getAttribute('aria-pressed')).toBe('true');
    expect(bits.getAttribute('aria-pressed')).toBe('false');
  });

  it('switches the site unit: URL, storage, event and pressed state', async () => {
    const { bits, nats } = await mount();
    const events: unknown[] = [];
    document.addEventListener(UNIT_CHANGE_EVENT, (event) =>
      events.push((event as CustomEvent).detail),
    );
    nats.click();
    expect(new URL(location.href).searchParams.get('unit')).toBe('nats');
    expect(localStorage.getItem(UNIT_STORAGE_KEY)).toBe('nats');
    expect(events).toEqual([{ unit: 'nats' }]);
    expect(nats.getAttribute('aria-pressed')).toBe('true');
    bits.click();
    expect(new URL(location.href).searchParams.has('unit')).toBe(false);
    expect(bits.getAttribute('aria-pressed')).toBe('true');
  });
});
