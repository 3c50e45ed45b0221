/**
 * The only widget script a page loads before interaction (included once by `WidgetFrame.astro`).
 *
 * - A widget's client module (small: it has no Plot) is imported when the widget comes near
 *   the window (within about one screen), so it is live before the reader's first touch; and,
 *   failing that, the first time the reader points at, focuses, touches or types in it.
 * - At page load, widgets whose id the URL addresses (`ID.param=…`) are imported at once, so a
 *   shared link shows its state without a click; with the unit in nats, all widgets are.
 * - A linked pair's parameters (`LINK.p`, `LINK.q`), or one of its widgets', start all the
 *   widgets of that pair (`pair-link-hub.ts`).
 * - So do widgets the reader left in a state on an earlier visit (`widget-memory.ts`), when the
 *   URL says nothing about them: the kept state shows without a click (a kept member of a
 *   linked pair starts the whole pair).
 * - `ID.param` entries whose ID is on no widget of the page are listed in the notice of the
 *   page's first widget (decision: one visible place, no page-level chrome needed).
 * - A focused control scrolls its widget's view (chart, readouts) into sight with it.
 * - Prose quantities (`Quantity.astro`) follow the unit; a switch to nats imports all widgets.
 */
import { recordEarlyClick } from './early-actions.ts';
import { HYDRATE_WIDGET_EVENT } from './hydrate-event.ts';
import { appendNotice } from './notice.ts';
import { PAIR_CHANGE_EVENT } from './pair-link-event.ts';
import { applyUnitToQuantities } from './static-quantities.ts';
import { getUnit, onUnitChange } from './unit.ts';
import { addressedIds, strayParams } from './url-state.ts';
import { followFocus } from './view-in-sight.ts';
import { startingSearch } from './widget-memory.ts';

// Each widget folder's client module, as a lazy chunk of its own (none carries Plot: a chart
// imports it only when its structure changes, see live-chart.ts). The kind of a figure
// (`data-widget`) is its folder name.
const clientModules = import.meta.glob('../widgets/*/client.ts');

const started = new WeakSet<Element>();

function hydrate(figure: HTMLElement): void {
  if (started.has(figure)) return;
  started.add(figure);
  const load = clientModules[`../widgets/${figure.dataset['widget'] ?? ''}/client.ts`];
  if (load) void load();
}

const widgets = (): HTMLElement[] => [
  ...document.querySelectorAll<HTMLElement>('figure[data-widget]'),
];

function onInteraction(event: Event): void {
  const target = event.target;
  if (!(target instanceof Element)) return;
  const figure = target.closest<HTMLElement>('figure[data-widget]');
  if (!figure) return;
  // A button clicked before the widget is live is remembered and clicked again on arrival.
  const button = target.closest('button');
  if (event.type === 'click' && button && !figure.querySelector('[data-hydrated]'))
    recordEarlyClick(figure, button);
  hydrate(figure);
}

for (const type of ['pointerdown', 'focusin', 'keydown', 'touchstart', 'click']) {
  document.addEventListener(type, onInteraction, { capture: true, passive: true });
}
// An edit to a linked pair starts the pair's other widgets, so they show it (pair-link-hub.ts).
document.addEventListener(PAIR_CHANGE_EVENT, (event) => {
  const id = (event as CustomEvent<{ id?: unknown }>).detail.id;
  for (const figure of widgets()) if (figure.dataset['pairLink'] === id) hydrate(figure);
});
// A code cell that reads a widget's state starts that widget (see hydrate-event.ts).
document.addEventListener(HYDRATE_WIDGET_EVENT, (event) => {
  const id = (event as CustomEvent<{ id?: unknown }>).detail.id;
  const figure = typeof id === 'string' ? document.getElementById(id) : null;
  if (figure?.matches('figure[data-widget]')) hydrate(figure);
});
// A focused control keeps its widget's chart and readouts in sight (see view-in-sight.ts).
document.addEventListener('focusin', followFocus, { passive: true });

/**
 * The linked pairs (`data-pair-link`) a link addresses, by their own id or one of their
 * widgets': all of that pair's widgets start at once, so they all show the linked state.
 */
function addressedLinks(
  figures: readonly HTMLElement[],
  addressed: ReadonlySet<string>,
): Set<string> {
  const links = new Set<string>();
  for (const figure of figures) {
    const link = figure.dataset['pairLink'];
    if (link && (addressed.has(link) || addressed.has(figure.id))) links.add(link);
  }
  return links;
}

function start(): void {
  const search = new URLSearchParams(window.location.search);
  const addressed = addressedIds(search);
  const all = widgets();
  const nats = getUnit() === 'nats';
  const linksAddressed = addressedLinks(all, addressed);
  // Kept states (only where the URL is silent: startingSearch says which applies).
  for (const figure of all) {
    if (!startingSearch(figure).kept) continue;
    hydrate(figure);
    if (figure.dataset['pairLink']) linksAddressed.add(figure.dataset['pairLink']);
  }
  for (const figure of all) {
    if (nats || addressed.has(figure.id) || linksAddressed.has(figure.dataset['pairLink'] ?? ''))
      hydrate(figure);
  }
  if ('IntersectionObserver' in window) {
    const nearby = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          nearby.unobserve(entry.target);
          hydrate(entry.target as HTMLElement);
        }
      },
      { rootMargin: '100% 0px' },
    );
    for (const figure of all) nearby.observe(figure);
  }
  const pageIds = new Set(all.flatMap((figure) => [figure.id, figure.dataset['pairLink'] ?? '']));
  // `exercise.ID.seed` is the exercises' own (they list what they cannot use, exercise-seed.ts).
  if (document.querySelector('form[data-exercise]')) pageIds.add('exercise');
  // `cell.ID.code` belongs to the page's code cells, which report their own parameters.
  if (document.querySelector('[data-cell]')) pageIds.add('cell');
  const stray = strayParams(search, pageIds);
  const firstNotice = all[0]?.querySelector<HTMLElement>('[data-notice]');
  if (firstNotice) appendNotice(firstNotice, stray);
  if (nats) applyUnitToQuantities(document, 'nats');
  onUnitChange((unit) => {
    applyUnitToQuantities(document, unit);
    if (unit === 'nats') for (const figure of widgets()) hydrate(figure);
  });
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
