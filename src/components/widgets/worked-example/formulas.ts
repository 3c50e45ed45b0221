/**
 * The lesson's formula lines for the worked example, as `FormulaLine`s whose numbers are keys
 * of `workedValues` (`terms.ts`): each quantity written term by term, then summed. The log is
 * written without a base ("log" to the base of the site unit: 2 for bits, e for nats).
 */
import type { FormulaLine, FormulaPart } from '../../kit/live-formula.ts';
import { OUTCOMES, type WorkedPair } from './model.ts';
import type { TermFamily } from './terms.ts';

export type WorkedFormula = TermFamily | 'distributions' | 'check-rs' | 'check-sr';

const fixed = (tex: string, say: string): FormulaPart => ({ tex, say });
const live = (key: string, paren = false): FormulaPart => ({ live: key, paren });

const NAMES: Record<TermFamily, { tex: string; say: string; term: string; termSay: string }> = {
  hr: { tex: 'H(R)', say: 'H of R', term: '-R(x)\\log R(x)', termSay: 'minus R log R' },
  hs: { tex: 'H(S)', say: 'H of S', term: '-S(x)\\log S(x)', termSay: 'minus S log S' },
  hrs: { tex: 'H(R,S)', say: 'H of R, S', term: '-R(x)\\log S(x)', termSay: 'minus R log S' },
  hsr: { tex: 'H(S,R)', say: 'H of S, R', term: '-S(x)\\log R(x)', termSay: 'minus S log R' },
  krs: {
    tex: 'D_{\\mathrm{KL}}(R\\,\\|\\,S)',
    say: 'D of R from S',
    term: 'R(x)\\log\\frac{R(x)}{S(x)}',
    termSay: 'R log R over S',
  },
  ksr: {
    tex: 'D_{\\mathrm{KL}}(S\\,\\|\\,R)',
    say: 'D of S from R',
    term: 'S(x)\\log\\frac{S(x)}{R(x)}',
    termSay: 'S log S over R',
  },
};

const unitPart = (): FormulaPart[] => [fixed('\\;', ''), live('unit')];

/** One quantity, term by term: H(R) = Σ −R(x) log R(x) = t1 + t2 + t3 = total unit. */
function quantityLine(family: TermFamily): FormulaLine {
  const name = NAMES[family];
  const terms: FormulaPart[] = [];
  for (let index = 1; index <= OUTCOMES; index++) {
    if (index > 1) terms.push(fixed('+', 'plus'));
    terms.push(live(`${family}${index}`, index > 1));
  }
  return [
    fixed(
      `${name.tex} = \\sum_x ${name.term} =`,
      `${name.say} is the sum of ${name.termSay}, which is`,
    ),
    ...terms,
    fixed('=', 'equals'),
    live(family),
    ...unitPart(),
  ];
}

/** H(a, b) = H(a) + D(a‖b), with the numbers. */
function checkLine(cross: TermFamily, own: TermFamily, kl: TermFamily): FormulaLine {
  return [
    fixed(
      `${NAMES[cross].tex} = ${NAMES[own].tex} + ${NAMES[kl].tex}:`,
      `${NAMES[cross].say} equals ${NAMES[own].say} plus ${NAMES[kl].say}:`,
    ),
    live(cross),
    fixed('=', 'equals'),
    live(own),
    fixed('+', 'plus'),
    live(kl, true),
    ...unitPart(),
  ];
}

function distributionsLine(): FormulaLine {
  const list = (symbol: string): FormulaPart[] => {
    const parts: FormulaPart[] = [fixed(`${symbol} = (`, `${symbol} is`)];
    for (let index = 1; index <= OUTCOMES; index++) {
      if (index > 1) parts.push(fixed(',', ','));
      parts.push(live(`${symbol.toLowerCase()}${index}`));
    }
    parts.push(fixed(')', ''));
    return parts;
  };
  return [...list('R'), fixed(',\\quad', ';'), ...list('S')];
}

export function workedFormula(name: WorkedFormula): FormulaLine {
  if (name === 'distributions') return distributionsLine();
  if (name === 'check-rs') return checkLine('hrs', 'hr', 'krs');
  if (name === 'check-sr') return checkLine('hsr', 'hs', 'ksr');
  return quantityLine(name);
}

export type { WorkedPair };
