/**
 * The states of the page's widgets that cells ask for with `widget('ID')`, sent with each run.
 * A widget is read through its element's public `state` getter (the kit's `WidgetElement`).
 * A widget that is not live yet is started first (the kit loader's hydrate event) and waited
 * for, so the state read is the one a reader would see, the URL's included.
 */
import { HYDRATE_WIDGET_EVENT } from '../kit/hydrate-event.ts';

const WAIT_MS = 4000;

/** The widget ids `widget('…')` names in `sources` (string literals only). */
export function requestedWidgets(sources: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const source of sources)
    for (const match of source.matchAll(/\bwidget\(\s*(['"`])([\w-]+)\1\s*\)/g))
      if (match[2]) ids.add(match[2]);
  return [...ids];
}

function liveElement(figure: Element): (Element & { state?: unknown }) | null {
  return figure.querySelector('[data-hydrated]');
}

async function waitForLive(figure: HTMLElement): Promise<(Element & { state?: unknown }) | null> {
  const now = liveElement(figure);
  if (now) return now;
  document.dispatchEvent(new CustomEvent(HYDRATE_WIDGET_EVENT, { detail: { id: figure.id } }));
  const start = performance.now();
  while (performance.now() - start < WAIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    const element = liveElement(figure);
    if (element) return element;
  }
  return null;
}

function cloneable(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return JSON.parse(JSON.stringify(value)) as unknown;
  }
}

export interface WidgetSnapshot {
  readonly widgets: Record<string, unknown>;
  readonly widgetIds: string[];
}

export async function widgetSnapshot(sources: readonly string[]): Promise<WidgetSnapshot> {
  const figures = [...document.querySelectorAll<HTMLElement>('figure[data-widget][id]')];
  const widgets: Record<string, unknown> = {};
  for (const id of requestedWidgets(sources)) {
    const figure = figures.find((candidate) => candidate.id === id);
    if (!figure) continue;
    const element = await waitForLive(figure);
    if (!element) continue;
    try {
      widgets[id] = cloneable(element.state);
    } catch {
      // a widget whose state cannot be read is left out; the cell says so
    }
  }
  return { widgets, widgetIds: figures.map((figure) => figure.id) };
}
