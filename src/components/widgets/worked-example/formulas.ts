/**
 * The lesson's formula lines for the worked example, as `FormulaLine`s whose numbers are keys
 * of `workedValues` (`terms.ts`): each quantity written term by term, then summed. The log is
 * written without a base ("log" to the base of the site unit: 2 for bits, e for nats).
 */
import type { FormulaLine, FormulaPart } from '../../kit/live-formula.ts';
import { OUTCOMES, type WorkedPair } from './model.ts';
import type { TermFamily } from './terms.ts';

export type WorkedFormula = TermFamily | 'distributions' | 'check-rs' | 'check-sr';

const fixed = (tex: string): FormulaPart => ({ tex });
const live = (key: string, paren = false): FormulaPart => ({ live: key, paren });

const NAMES: Record<TermFamily, { tex: string; term: string }> = {
  hr: { tex: 'H(R)', term: '-R(x)\\log R(x)' },
  hs: { tex: 'H(S)', term: '-S(x)\\log S(x)' },
  hrs: { tex: 'H(R,S)', term: '-R(x)\\log S(x)' },
  hsr: { tex: 'H(S,R)', term: '-S(x)\\log R(x)' },
  krs: {
    tex: 'D_{\\mathrm{KL}}(R\\,\\|\\,S)',
    term: 'R(x)\\log\\frac{R(x)}{S(x)}',
  },
  ksr: {
    tex: 'D_{\\mathrm{KL}}(S\\,\\|\\,R)',
    term: 'S(x)\\log\\frac{S(x)}{R(x)}',
  },
};

const unitPart = (): FormulaPart[] => [fixed('\\;'), live('unit')];

/** One quantity, term by term: H(R) = Σ −R(x) log R(x) = t1 + t2 + t3 = total unit. */
function quantityLine(family: TermFamily): FormulaLine {
  const name = NAMES[family];
  const terms: FormulaPart[] = [];
  for (let index = 1; index <= OUTCOMES; index++) {
    if (index > 1) terms.push(fixed('+'));
    terms.push(live(`${family}${index}`, index > 1));
  }
  return [
    fixed(`${name.tex} = \\sum_x ${name.term} =`),
    ...terms,
    fixed('='),
    live(family),
    ...unitPart(),
  ];
}

/** H(a, b) = H(a) + D(a‖b), with the numbers. */
function checkLine(cross: TermFamily, own: TermFamily, kl: TermFamily): FormulaLine {
  return [
    fixed(`${NAMES[cross].tex} = ${NAMES[own].tex} + ${NAMES[kl].tex}:`),
    live(cross),
    fixed('='),
    live(own),
    fixed('+'),
    live(kl, true),
    ...unitPart(),
  ];
}

function distributionsLine(): FormulaLine {
  const list = (symbol: string): FormulaPart[] => {
    const parts: FormulaPart[] = [fixed(`${symbol} = (`)];
    for (let index = 1; index <= OUTCOMES; index++) {
      if (index > 1) parts.push(fixed(','));
      parts.push(live(`${symbol.toLowerCase()}${index}`));
    }
    parts.push(fixed(')'));
    return parts;
  };
  return [...list('R'), fixed(',\\quad'), ...list('S')];
}

export function workedFormula(name: WorkedFormula): FormulaLine {
  if (name === 'distributions') return distributionsLine();
  if (name === 'check-rs') return checkLine('hrs', 'hr', 'krs');
  if (name === 'check-sr') return checkLine('hsr', 'hs', 'ksr');
  return quantityLine(name);
}

export type { WorkedPair };
