/**
 * Client half of `live-formula.ts`: rewrite the text of every `[data-live]` span inside the
 * formulas (and tables) that follow one widget instance — `[data-live-formula="ID"]` — from
 * freshly computed values. No KaTeX: the build rendered the formula; only its numbers change.
 * Both the drawn formula (aria-hidden KaTeX HTML) and its MathML (for screen readers) carry the
 * same keys, so what a screen reader reads never goes stale. Keys without a value are left as they are.
 */
import { liveText, type LiveValues } from './live-formula.ts';

export function applyLiveValues(root: ParentNode, instanceId: string, values: LiveValues): void {
  for (const scope of root.querySelectorAll<HTMLElement>('[data-live-formula]')) {
    if (scope.dataset['liveFormula'] !== instanceId) continue;
    for (const span of scope.querySelectorAll('[data-live]')) {
      const value = values[span.getAttribute('data-live') ?? ''];
      if (value === undefined) continue;
      const digits = span.getAttribute('data-live-digits');
      const text = liveText(
        value,
        span.getAttribute('data-live-paren') === '1',
        digits === null ? undefined : Number(digits),
      );
      if (span.textContent !== text) span.textContent = text;
    }
  }
}
