/**
 * The only cell script a page loads before interaction (a few hundred bytes). It shows the
 * cells' buttons (hidden without JavaScript, where the static code and output are the cell),
 * and imports the live cells (`cell-page.ts`) on the first focus, click or key in a cell, or at
 * once when a link carries a cell's code or this browser kept an edit. A click on Run, Reset or
 * Share, or a focus on the code, is handed on once the module is there. A pointer resting on a
 * cell starts the loading too. Earlier still, when a cell comes within a window's height of the
 * window (an IntersectionObserver), the worker is started with a `prepare` message
 * (`cell-runner.ts`): it loads the library before Run is pressed. Nothing of this loads while
 * the reader is far from every cell.
 */
type CellPage = typeof import('./cell-page.ts');

let loading: Promise<CellPage> | undefined;
const load = (): Promise<CellPage> => (loading ??= import('./cell-page.ts'));

function onEvent(event: Event): void {
  const target = event.target as Element | null;
  const root = target?.closest?.<HTMLElement>('[data-cell]');
  if (!root) return;
  const button = target?.closest<HTMLElement>('[data-cell-action]');
  const action =
    event.type === 'click' && button
      ? button.dataset['cellAction']
      : target?.closest('[data-cell-code]') && (event.type === 'focusin' || event.type === 'click')
        ? 'edit'
        : undefined;
  void load().then((page) => (action ? page.handle(action, root) : undefined));
}

for (const type of ['focusin', 'click', 'pointerdown', 'pointerover'])
  document.addEventListener(type, onEvent, { capture: true, passive: true });

/** Starts the worker once a cell is within `rootMargin` of the window. */
function prepareNear(roots: NodeListOf<HTMLElement>): void {
  if (roots.length === 0 || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      const cells = [...roots].map((root) => ({
        id: root.dataset['cell'] ?? '',
        source: root.dataset['code'] ?? '',
      }));
      void import('./cell-runner.ts').then((runner) => runner.prepareWorker(cells));
    },
    { rootMargin: '100% 0px' },
  );
  for (const root of roots) observer.observe(root);
}

function start(): void {
  const roots = document.querySelectorAll<HTMLElement>('[data-cell]');
  prepareNear(roots);
  for (const root of roots) {
    const controls = root.querySelector<HTMLElement>('[data-cell-controls]');
    if (controls) controls.hidden = false;
  }
  let kept = false;
  try {
    for (const root of roots)
      if (
        localStorage.getItem(`surprisal:cell:${location.pathname}:${root.dataset['cell']}`) !== null
      )
        kept = true;
  } catch {
    // storage unavailable: nothing was kept
  }
  if (kept || /[?&]cell\./.test(location.search)) void load().then((page) => page.restore());
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', start, { once: true });
else start();

// A module (not a global script), so its names stay its own.
export {};
