/**
 * The query strings that open R and S in the cross-entropy and KL explorers (their default
 * instances), R as p (the truth) and S as q (the model), in the url-state format
 * `ID.p=…&ID.q=…`.
 */
import { encodeInstanceParams } from '../../kit/url-state.ts';
import { probabilityList } from '../../kit/params.ts';
import type { WorkedPair } from './model.ts';

export const EXPLORERS = [
  { kind: 'cross-entropy-explorer', lesson: 'cross-entropy', label: 'cross-entropy explorer' },
  { kind: 'kl-explorer', lesson: 'kl-divergence', label: 'KL explorer' },
] as const;

const codecs = { p: probabilityList(), q: probabilityList() };

/** `?kind.p=R&kind.q=S` for one explorer. */
export function explorerQuery(kind: string, { r, s }: WorkedPair): string {
  return `?${encodeInstanceParams(kind, { p: r, q: s }, codecs).toString()}`;
}
