/**
 * The part of glossary tips that CSS cannot do (WCAG 1.4.13): Escape hides an open tip without
 * moving the pointer or the focus, until the pointer or the focus moves elsewhere; and an
 * open tip that would stick out of the window is shifted back inside it. Showing the tip on hover
 * and on focus is CSS (src/styles/glossary-tip.css), so tips work without this script.
 */
const TIP = '[data-glossary-tip]';
const MARGIN = 8;

/** Shift the tip's box sideways so that it stays within the window. */
function keepInView(tip: HTMLElement): void {
  const box = tip.querySelector<HTMLElement>('.glossary-tip-box');
  if (!box) return;
  box.style.removeProperty('translate');
  const rect = box.getBoundingClientRect();
  const overRight = rect.right - (document.documentElement.clientWidth - MARGIN);
  const overLeft = MARGIN - rect.left;
  const shift = overRight > 0 ? -Math.min(overRight, rect.left - MARGIN) : Math.max(0, overLeft);
  if (shift !== 0) box.style.setProperty('translate', `${Math.round(shift)}px 0`);
}

/** The open tips: hovered, or holding the focus. */
function openTips(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(TIP)].filter(
    (tip) => tip.matches(':hover') || tip.matches(':focus-within'),
  );
}

/** Binds the tips of `document` (once; later calls do nothing). */
export function bindGlossaryTips(): void {
  const root = document.documentElement;
  if (root.dataset['glossaryTips'] === 'bound') return;
  root.dataset['glossaryTips'] = 'bound';
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const tip of openTips()) tip.dataset['dismissed'] = '';
  });
  // A dismissed tip may open again once the reader has moved on: the pointer or the focus is
  // now somewhere outside it.
  const moved = (event: Event): void => {
    const target = event.target instanceof Node ? event.target : null;
    for (const tip of document.querySelectorAll<HTMLElement>(`${TIP}[data-dismissed]`))
      if (!target || !tip.contains(target)) delete tip.dataset['dismissed'];
    const tip = target instanceof Element ? target.closest<HTMLElement>(TIP) : null;
    if (tip) keepInView(tip);
  };
  document.addEventListener('focusin', moved);
  document.addEventListener('mouseover', moved);
}
