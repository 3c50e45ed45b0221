/**
 * Formulas whose numbers follow a widget, without KaTeX on the client. A formula line is a list
 * of parts: fixed TeX (with how it reads aloud) and live numbers, each named by a key. At build
 * time `formulaTex` writes every live number as `\htmlData{live=KEY}{…}` (rendered by KaTeX
 * with `trust` limited to `\htmlData`, see `LiveFormula.astro`), so the HTML has one
 * `<span data-live="KEY">` per number; `live-formula-dom.ts` rewrites those spans' text from
 * the same values on the client. Pure: no DOM, no KaTeX.
 */
import { formatNumber } from './format.ts';

/** A live value: a number (shown with `formatNumber`) or a word such as the unit. */
export type LiveValue = number | string;
export type LiveValues = Readonly<Record<string, LiveValue>>;

export type FormulaPart =
  /** Fixed TeX and its spoken form (for the text alternative). */
  | { tex: string; say: string }
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

/** The spoken form: fixed words and live values in order, as segments for markup. */
export function formulaSpeech(
  line: FormulaLine,
  values: LiveValues,
): ({ text: string } | { live: string; text: string; paren: boolean; digits?: number })[] {
  return line.map((part) =>
    'tex' in part
      ? { text: part.say }
      : {
          live: part.live,
          text: liveText(valueOf(values, part.live), part.paren, part.digits),
          paren: part.paren ?? false,
          ...(part.digits === undefined ? {} : { digits: part.digits }),
        },
  );
}
