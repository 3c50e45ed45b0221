/**
 * What a glossary tip shows, as data, so the readouts' tips (GlossaryTip.astro) and the formulas'
 * tips (src/plugins/rehype-glossary-tips.ts) say the same thing the same way: the trigger's link
 * (the first entry), its accessible name, and one line per entry with a link to it.
 */
import { glossaryFragment, type GlossaryMention } from './glossary-terms.ts';

export interface GlossaryTipLine {
  readonly href: string;
  /** The symbol as the label or formula writes it, e.g. "D(q‖p)". */
  readonly symbol: string;
  /** "KL divergence: …" — the entry's name and its sentence. */
  readonly text: string;
}

export interface GlossaryTipContent {
  /** Where the trigger goes: the first entry on the glossary page. */
  readonly href: string;
  /** The trigger's accessible name. */
  readonly name: string;
  readonly lines: readonly GlossaryTipLine[];
}

/**
 * The tip for `mentions` (from `glossaryTermsIn` / `glossaryTermsInTex`), linking into the
 * glossary page at `glossaryPath` (with the site's base path); `undefined` when there is nothing
 * to explain.
 * @example glossaryTipContent(glossaryTermsIn('H(p)'), '/glossary/', 'H(p)')?.href // => '/glossary/#entropy'
 */
export function glossaryTipContent(
  mentions: readonly GlossaryMention[],
  glossaryPath: string,
  subject: string,
): GlossaryTipContent | undefined {
  const [first] = mentions;
  if (!first) return undefined;
  return {
    href: glossaryPath + glossaryFragment(first.term),
    name: `Notation in ${subject}: glossary`,
    lines: mentions.map(({ term, symbol, tip }) => ({
      href: glossaryPath + glossaryFragment(term),
      symbol,
      text: `${term.name}, ${tip}`,
    })),
  };
}
