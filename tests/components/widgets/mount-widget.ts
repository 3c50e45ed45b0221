import { experimental_AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import {
  flushWidgetStates,
  WIDGET_STATE_PREFIX,
} from '../../../src/components/kit/widget-memory.ts';

/** The static HTML of an Astro component, as the build would produce it. */
export async function renderWidgetHtml(
  component: AstroComponentFactory,
  props: Record<string, unknown> = {},
): Promise<string> {
  const container = await experimental_AstroContainer.create();
  return container.renderToString(component, { props });
}

/**
 * A first visit: forget the widget states an earlier test's edits kept in the jsdom page's
 * localStorage (a widget starts from its kept state when the URL is silent, widget-memory.ts).
 */
export function forgetKeptWidgetStates(): void {
  flushWidgetStates();
  const keys = Object.keys(window.localStorage).filter((key) =>
    key.startsWith(WIDGET_STATE_PREFIX),
  );
  for (const key of keys) window.localStorage.removeItem(key);
}

/**
 * Put a widget's server HTML into the jsdom page at `url` (set first, so the element reads its
 * parameters when it connects), as on a first visit (no kept widget state). Returns the
 * widget's figure.
 */
export async function mountWidget(
  component: AstroComponentFactory,
  { url = '/lessons/entropy/', props = {} }: { url?: string; props?: Record<string, unknown> } = {},
): Promise<HTMLElement> {
  window.history.replaceState(null, '', url);
  forgetKeptWidgetStates();
  const html = await renderWidgetHtml(component, props);
  document.body.innerHTML = `<h2 id="section-a">A</h2>${html}`;
  const figure = document.querySelector<HTMLElement>('figure[data-widget]');
  if (!figure) throw new Error('no widget figure rendered');
  return figure;
}

/** Type `value` into `input` as a reader would (set the value, fire `input`). */
export function typeInto(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/** The numeric `data-value` of readout `name` inside `root`. */
export function readoutValue(root: ParentNode, name: string): number {
  const output = root.querySelector<HTMLOutputElement>(`output[data-readout="${name}"]`);
  if (!output) throw new Error(`no readout ${name}`);
  return Number(output.dataset['value']);
}
