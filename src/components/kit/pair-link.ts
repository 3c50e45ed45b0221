/**
 * A linked pair: one (p, q) shared by the pair widgets of a lesson and by the prose numbers that
 * describe it. Pure (no DOM): what a lesson declares, the prose measures, and where the pair a
 * page starts with comes from. The live side is `pair-link-hub.ts`.
 *
 * In the URL the shared pair is written once, under the link's id: `pair.p=…&pair.q=…`.
 */
import { crossEntropy, entropy, klDivergence } from '../../lib/index.ts';
import { formatNumber } from './format.ts';
import { pairProblem, type DistributionPair } from './pair.ts';
import { probabilityList } from './params.ts';
import { readInstanceParams, type IgnoredParam, type ParamCodecs } from './url-state.ts';

/** What a lesson declares: the link's id (its URL prefix) and the pair it starts with. */
export interface PairLink {
  readonly id: string;
  readonly p: readonly number[];
  readonly q: readonly number[];
}

/** The shared pair's URL parameters: `ID.p` and `ID.q`, lists checked like a widget's. */
export const pairLinkCodecs: ParamCodecs<DistributionPair> = {
  p: probabilityList(),
  q: probabilityList(),
};

const ID_PATTERN = /^[a-z][a-z0-9-]*$/;

/**
 * Declare a lesson's linked pair (in the lesson's MDX), checked as a link would be: an id of
 * lower-case letters, digits and hyphens, and p, q valid lists of the same length.
 * @example definePairLink('pair', [0.5, 0.25, 0.25], [0.25, 0.25, 0.5])
 */
export function definePairLink(id: string, p: readonly number[], q: readonly number[]): PairLink {
  if (!ID_PATTERN.test(id)) throw new Error(`pair link id "${id}" is not a lower-case slug`);
  const pair: Partial<DistributionPair> = {};
  for (const [name, values] of [
    ['p', p],
    ['q', q],
  ] as const) {
    const parsed = pairLinkCodecs[name].parse(pairLinkCodecs[name].format([...values]));
    if (!parsed.ok) throw new Error(`pair link "${id}": ${name} ${parsed.reason}`);
    pair[name] = parsed.value;
  }
  const problem = pairProblem(pair as DistributionPair);
  if (problem !== undefined) throw new Error(`pair link "${id}": ${problem}`);
  return { id, p: [...p], q: [...q] };
}

/** The quantities of a linked pair that prose may show (`PairQuantity.astro`). */
export const pairMeasures = {
  'entropy-p': ({ p }: DistributionPair) => entropy(p),
  'entropy-q': ({ q }: DistributionPair) => entropy(q),
  'cross-entropy-pq': ({ p, q }: DistributionPair) => crossEntropy(p, q),
  'cross-entropy-qp': ({ p, q }: DistributionPair) => crossEntropy(q, p),
  'kl-pq': ({ p, q }: DistributionPair) => klDivergence(p, q),
  'kl-qp': ({ p, q }: DistributionPair) => klDivergence(q, p),
} as const;

export type PairMeasure = keyof typeof pairMeasures;

export function isPairMeasure(name: string): name is PairMeasure {
  return Object.hasOwn(pairMeasures, name);
}

/** A measure of the pair in bits, computed with `src/lib`. */
export function pairMeasureBits(measure: PairMeasure, pair: DistributionPair): number {
  return pairMeasures[measure](pair);
}

/** One distribution of the pair as prose writes it (`PairValues`): "(0.5, 0.25, 0.25)". */
export function formatPairValues(values: readonly number[]): string {
  return `(${values.map((value) => formatNumber(value)).join(', ')})`;
}

/** Two pairs with exactly the same probabilities. */
export function samePair(a: DistributionPair, b: DistributionPair): boolean {
  const same = (x: readonly number[], y: readonly number[]) =>
    x.length === y.length && x.every((value, i) => value === y[i]);
  return same(a.p, b.p) && same(a.q, b.q);
}

/** A widget of the link, as the page shows it: its id and the names of its two pair fields. */
export interface PairLinkMemberInfo {
  readonly id: string;
  readonly fields: readonly [string, string];
}

export interface StartingPair {
  readonly pair: DistributionPair;
  /** `link` (the link's own parameters), a member's id (its own parameters) or `page`. */
  readonly source: string;
  /** The link's parameters that were not used, for the notice of its first widget. */
  readonly ignored: readonly IgnoredParam[];
}

/**
 * The pair a page starts with: the link's own parameters (`ID.p`, `ID.q`) when they form a
 * valid pair; else the first member, in page order, whose own parameters do (an older link to one
 * widget still sets the whole lesson); else the lesson's pair. Missing fields are the lesson's.
 */
export function startingPair(
  search: URLSearchParams,
  link: PairLink,
  members: readonly PairLinkMemberInfo[],
): StartingPair {
  const page: DistributionPair = { p: [...link.p], q: [...link.q] };
  const own = readInstanceParams(search, link.id, pairLinkCodecs);
  const ignored = [...own.ignored];
  if (own.values.p !== undefined || own.values.q !== undefined) {
    const pair = { ...page, ...own.values };
    const problem = pairProblem(pair);
    if (problem === undefined) return { pair, source: 'link', ignored };
    for (const name of ['p', 'q'] as const) {
      const values = own.values[name];
      if (values !== undefined)
        ignored.push({
          key: `${link.id}.${name}`,
          value: pairLinkCodecs[name].format(values),
          reason: problem,
        });
    }
  }
  for (const member of members) {
    const [pField, qField] = member.fields;
    const codecs = { [pField]: pairLinkCodecs.p, [qField]: pairLinkCodecs.q };
    const { values } = readInstanceParams(search, member.id, codecs);
    const p = values[pField];
    const q = values[qField];
    if (p === undefined && q === undefined) continue;
    const pair = { p: p ?? page.p, q: q ?? page.q };
    if (pairProblem(pair) === undefined) return { pair, source: member.id, ignored };
  }
  return { pair: page, source: 'page', ignored };
}

/**
 * A pair widget's props with the link's pair as its p and q (a widget in a link takes its pair
 * from the link only, so the lesson states it once).
 */
export function withLinkedPair<V extends object>(
  kind: string,
  link: PairLink | undefined,
  values: V,
): V & Partial<DistributionPair> {
  if (!link) return values;
  const given = values as Partial<DistributionPair>;
  if (given.p !== undefined || given.q !== undefined)
    throw new Error(`<${kind}> takes p and q from its link "${link.id}": give them there`);
  return { ...values, p: [...link.p], q: [...link.q] };
}
