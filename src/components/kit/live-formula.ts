/**
 * Formulas whose numbers follow a widget, without KaTeX on the client. A formula line is a list
 * of parts: fixed TeX and live numbers, each named by a key. At build
 * time `formulaTex` writes every live number as `\htmlData{live=KEY}{…}` (rendered by KaTeX
 * with `trust` limited to `\htmlData`, see `LiveFormula.astro`), so the HTML has one
 * `<span data-live="KEY">` per number; `live-formula-dom.ts` rewrites those spans' text from
 * the same values on the client. The MathML that screen readers use is rendered from the same
 * line with a placeholder per live value (`formulaPlaceholderTex`), each then replaced by an
 * `<mn data-live="KEY">` (or `<mtext>` for a word) that the client rewrites too
 * (`withLiveMathml`). Pure: no DOM, no KaTeX.
 */
import { formatNumber } from './format.ts';

/** A live value: a number (shown with `formatNumber`) or a word such as the unit. */
export type LiveValue = number | string;
export type LiveValues = Readonly<Record<string, LiveValue>>;

export type FormulaPart =
  /** Fixed TeX. */
  | { tex: string }
  /** A live value; `paren` writes a negative number in parentheses (after a `+`). */
  | { live: string; paren?: boolean; digits?: number };
export type FormulaLine = readonly FormulaPart[];

/** A live value as the reader sees it: "0.1383", "(−0.195)" with `paren`, "∞", or the word. */
export function liveText(value: LiveValue, paren = false, digits = 4): string {
  if (typeof value === 'string') return value;
  const text = formatNumber(value, digits);
  return paren && value < 0 ? `(${text})` : text;
}

/** The TeX of one live value's text (KaTeX math mode). */
function texOf(text: string): string {
  if (/^[a-z ]+$/i.test(text)) return `\\text{${text}}`;
  return text.replaceAll('−', '-').replaceAll('∞', '\\infty');
}

/** A value missing from `values`: a bug in the caller, made loud at build time. */
function valueOf(values: LiveValues, key: string): LiveValue {
  const value = values[key];
  if (value === undefined) throw new Error(`live formula: no value for "${key}"`);
  return value;
}

/** The line's TeX, each live value wrapped as `\htmlData{live=KEY,…}{TEXT}`. */
export function formulaTex(line: FormulaLine, values: LiveValues): string {
  return line
    .map((part) => {
      if ('tex' in part) return part.tex;
      const text = liveText(valueOf(values, part.live), part.paren, part.digits);
      const data = [`live=${part.live}`];
      if (part.paren) data.push('live-paren=1');
      if (part.digits !== undefined) data.push(`live-digits=${part.digits}`);
      return `\\htmlData{${data.join(',')}}{${texOf(text)}}`;
    })
    .join(' ');
}

/** The placeholder text of the live value at position `index` of a line. */
const placeholder = (index: number): string => `LIVEVALUE${index}`;

/** The line's TeX with each live value replaced by a plain-text placeholder, for the MathML. */
export function formulaPlaceholderTex(line: FormulaLine): string {
  let index = 0;
  return line
    .map((part) => ('tex' in part ? part.tex : `\\text{${placeholder(index++)}}`))
    .join(' ');
}

const escapeXml = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * KaTeX's MathML of `formulaPlaceholderTex(line)` with every placeholder turned into a live
 * element carrying its key (and the formatting hints `live-formula-dom.ts` reads), showing its
 * value; the TeX annotation, which would quote the placeholders, is dropped.
 */
export function withLiveMathml(mathml: string, line: FormulaLine, values: LiveValues): string {
  const live = line.filter(
    (part): part is Extract<FormulaPart, { live: string }> => 'live' in part,
  );
  const withoutTex = mathml.replace(
    /<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation>/,
    '',
  );
  const replaced = withoutTex.replace(/<mtext>LIVEVALUE(\d+)<\/mtext>/g, (match, index: string) => {
    const part = live[Number(index)];
    if (!part) throw new Error(`live formula: stray placeholder ${match}`);
    const value = valueOf(values, part.live);
    const element = typeof value === 'number' ? 'mn' : 'mtext';
    const hints =
      (part.paren ? ' data-live-paren="1"' : '') +
      (part.digits === undefined ? '' : ` data-live-digits="${part.digits}"`);
    const text = escapeXml(liveText(value, part.paren, part.digits));
    return `<${element} data-live="${part.live}"${hints}>${text}</${element}>`;
  });
  if (replaced.includes('LIVEVALUE'))
    throw new Error('live formula: a placeholder was not replaced');
  return replaced;
}
