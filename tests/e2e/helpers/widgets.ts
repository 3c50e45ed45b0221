/**
 * Reading a widget in a real page: its readouts (`<output data-readout>` with `data-value` and
 * `data-unit`), the distribution its editor shows, and whether its client has started
 * (`data-hydrated="true"` on the widget element).
 */
import type { Locator, Page } from 'playwright-core';

export interface Readout {
  /** `data-value` as a number (`Infinity` allowed; NaN means a malformed value). */
  readonly value: number;
  readonly unit: string;
  readonly text: string;
}

export function widget(page: Page, id: string): Locator {
  return page.locator(`figure[data-widget][id="${id}"]`);
}

/** Every readout of a widget by name. */
export async function readReadouts(page: Page, id: string): Promise<Record<string, Readout>> {
  const entries = await widget(page, id)
    .locator('output[data-readout]')
    .evaluateAll((outputs) =>
      outputs.map((output) => [
        output.getAttribute('data-readout') ?? '',
        output.getAttribute('data-value') ?? '',
        output.getAttribute('data-unit') ?? '',
        output.textContent ?? '',
      ]),
    );
  return Object.fromEntries(
    entries.map(([name = '', value = '', unit = '', text = '']) => [
      name,
      { value: Number(value), unit, text: text.trim() },
    ]),
  );
}

/** One readout; fails when the widget has no readout of that name. */
export async function readReadout(page: Page, id: string, name: string): Promise<Readout> {
  const readout = (await readReadouts(page, id))[name];
  if (readout === undefined) throw new Error(`widget #${id} has no readout "${name}"`);
  return readout;
}

/** The probabilities a distribution editor (`symbol` p, q…) shows in its number boxes. */
export async function readDistribution(page: Page, id: string, symbol = 'p'): Promise<number[]> {
  return widget(page, id)
    .locator(`[data-distribution-editor="${symbol}"] input[type="number"]`)
    .evaluateAll((inputs) => inputs.map((input) => Number((input as HTMLInputElement).value)));
}

/** Resolves once the widget's client module has started. */
export async function waitForHydration(page: Page, id: string, timeout = 10_000): Promise<void> {
  await widget(page, id).locator('[data-hydrated="true"]').waitFor({ state: 'attached', timeout });
}

/** Whether the widget's chart is drawn (an `<svg>` inside its `[data-chart]`). */
export async function hasChart(page: Page, id: string): Promise<boolean> {
  return (await widget(page, id).locator('[data-chart] svg').count()) > 0;
}

/** The widget's current state (the `state` of its custom element, full precision), once hydrated. */
export async function readWidgetState<S>(page: Page, id: string): Promise<S> {
  await waitForHydration(page, id);
  return widget(page, id)
    .locator('[data-hydrated="true"]')
    .evaluate((element) => (element as HTMLElement & { state: unknown }).state) as Promise<S>;
}
