/**
 * Short prose with formulas, rendered at build time: `$…$` is inline TeX (KaTeX with MathML, no
 * script), `` `…` `` is code, everything else is text (escaped). For `.astro` pages whose prose
 * lives in data (the glossary).
 * @example mathText('the unit is `nats`') // => 'the unit is <code>nats</code>'
 */
import katex from 'katex';

const options = { output: 'htmlAndMathml', throwOnError: true, strict: 'error' } as const;

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One formula, inline or as a display block (focusable, as in the lessons, to scroll on a phone). */
export function mathHtml(tex: string, display = false): string {
  const html = katex.renderToString(tex, { ...options, displayMode: display });
  return display
    ? html.replace('<span class="katex-display">', '<span class="katex-display" tabindex="0">')
    : html;
}

export function mathText(text: string): string {
  return text
    .split(/(\$[^$]+\$|`[^`]+`)/)
    .map((part) => {
      if (part.startsWith('$') && part.endsWith('$') && part.length > 1)
        return mathHtml(part.slice(1, -1));
      if (part.startsWith('`') && part.endsWith('`') && part.length > 1)
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part);
    })
    .join('');
}
