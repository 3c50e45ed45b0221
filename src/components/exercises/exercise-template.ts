/**
 * An exercise text (a template) as HTML, at build time. A template is prose with `$…$` inline
 * math and `$$…$$` display math; `{{key}}` (or `{{key:6}}` for 6 significant digits) is a drawn
 * number, written as `<span data-live="key">` in prose and as `\htmlData{live=key}{…}` in math
 * (KaTeX with `trust` limited to `\htmlData`, MathML beside it with live `<mn>`s, as
 * `kit/LiveFormula.astro` does), so the client rewrites only those numbers for a seed
 * (`exercise-live.ts`) and KaTeX never ships. Paragraphs are split by a blank line.
 */
import katex from 'katex';
import {
  formulaPlaceholderTex,
  formulaTex,
  liveText,
  withLiveMathml,
  type FormulaLine,
  type FormulaPart,
} from '../kit/live-formula.ts';
import type { ExerciseValues } from './exercise-types.ts';

const LIVE = /\{\{([A-Za-z][\w-]*)(?::(\d+))?\}\}/g;

const escapeHtml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** The `{{key}}` keys a template uses. */
export function templateKeys(template: string): string[] {
  return [...template.matchAll(LIVE)].map((match) => match[1]!);
}

function valueOf(values: ExerciseValues, key: string): number | string {
  const value = values[key];
  if (value === undefined) throw new Error(`exercise template: no value for "${key}"`);
  return value;
}

function liveSpan(values: ExerciseValues, key: string, digits: string | undefined): string {
  const text = liveText(valueOf(values, key), false, digits === undefined ? 4 : Number(digits));
  const hint = digits === undefined ? '' : ` data-live-digits="${digits}"`;
  return `<span data-live="${key}"${hint}>${escapeHtml(text)}</span>`;
}

function prose(text: string, values: ExerciseValues): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(LIVE)) {
    html += escapeHtml(text.slice(last, match.index));
    html += liveSpan(values, match[1]!, match[2]);
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

/** A TeX string with `{{key}}` placeholders as a formula line of fixed and live parts. */
function formulaLine(tex: string): FormulaLine {
  const parts: FormulaPart[] = [];
  let last = 0;
  for (const match of tex.matchAll(LIVE)) {
    // Braced, so the number is an ordinary atom and a following "+" or "=" is spaced as such.
    parts.push({ tex: `${tex.slice(last, match.index)}{` });
    parts.push(
      match[2] === undefined ? { live: match[1]! } : { live: match[1]!, digits: Number(match[2]) },
    );
    last = match.index + match[0].length;
    // KaTeX would merge the placeholder's \text with a following \text: keep them apart.
    parts.push({ tex: /^\s*\\text/.test(tex.slice(last)) ? '}{}' : '}' });
  }
  parts.push({ tex: tex.slice(last) });
  return parts;
}

const katexOptions = {
  throwOnError: true,
  strict: (errorCode: string) => (errorCode === 'htmlExtension' ? 'ignore' : 'error'),
  trust: (context: { command?: string }) => context.command === '\\htmlData',
} as const;

function math(tex: string, values: ExerciseValues, displayMode: boolean): string {
  const line = formulaLine(tex);
  const options = { ...katexOptions, displayMode };
  const drawn = katex.renderToString(formulaTex(line, values), { ...options, output: 'html' });
  const mathml = katex.renderToString(formulaPlaceholderTex(line), {
    ...options,
    output: 'mathml',
  });
  const element = /<math[\s\S]*<\/math>/.exec(mathml)?.[0];
  if (!element) throw new Error('exercise template: KaTeX produced no MathML');
  const html = drawn.replace(
    '<span class="katex">',
    `<span class="katex"><span class="katex-mathml">${withLiveMathml(element, line, values)}</span>`,
  );
  // A wide display formula scrolls in its own box, so it must be reachable by keyboard (as
  // src/plugins/rehype-scrollable-blocks.ts does for the lessons' own formulas).
  return displayMode
    ? html.replace('<span class="katex-display">', '<span class="katex-display" tabindex="0">')
    : html;
}

/** One paragraph's HTML (no `<p>`): prose and math, `$$…$$` before `$…$`. */
export function renderInline(text: string, values: ExerciseValues): string {
  return text
    .split(/(\$\$[\s\S]+?\$\$|\$[^$]+\$)/)
    .map((piece) => {
      if (piece.startsWith('$$')) return math(piece.slice(2, -2), values, true);
      if (piece.startsWith('$')) return math(piece.slice(1, -1), values, false);
      return prose(piece, values);
    })
    .join('');
}

/** A whole template as paragraphs. */
export function renderTemplate(template: string, values: ExerciseValues): string {
  return template
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${renderInline(paragraph.replace(/\s*\n\s*/g, ' '), values)}</p>`)
    .join('');
}
