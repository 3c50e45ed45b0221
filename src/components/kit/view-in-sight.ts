/**
 * While a control of a widget has focus, keep the widget's view (chart, readouts, alert) whole
 * in the window with it. The browser scrolls a focused control just into view; when the view
 * reaches further (it is taller than the controls beside it, or starts above the window), this
 * scrolls the rest of the way, never so far that the control itself leaves the window, and keeps
 * the control a small margin clear of the window's edges.
 */
const MARGIN = 8;

/** Scroll the window so `view` is in sight beside `control`, as far as both fit. */
export function bringViewIntoSight(view: Element, control: Element): void {
  const viewBox = view.getBoundingClientRect();
  const controlBox = control.getBoundingClientRect();
  const below = viewBox.bottom + MARGIN - window.innerHeight;
  const above = MARGIN - viewBox.top;
  let delta = 0;
  if (below > 0) delta = Math.min(below, controlBox.top - MARGIN);
  else if (above > 0) delta = -Math.min(above, window.innerHeight - MARGIN - controlBox.bottom);
  // The control keeps the margin too: the browser scrolls a focused control just flush with
  // the window's edge (or a fraction of a pixel past it).
  const controlBelow = controlBox.bottom + MARGIN - window.innerHeight;
  const controlAbove = MARGIN - controlBox.top;
  if (controlBelow > 0) delta = Math.max(delta, controlBelow);
  else if (controlAbove > 0) delta = Math.min(delta, -controlAbove);
  if (delta > 0.5 || delta < -0.5) window.scrollBy({ top: delta, behavior: 'instant' });
}

/** On focus in a widget's controls, bring its view into sight (after the browser's own scroll). */
export function followFocus(event: Event): void {
  const control = event.target;
  if (!(control instanceof Element) || !control.closest('[data-widget-controls]')) return;
  const view = control.closest('figure[data-widget]')?.querySelector('[data-widget-view]');
  if (view) requestAnimationFrame(() => bringViewIntoSight(view, control));
}
