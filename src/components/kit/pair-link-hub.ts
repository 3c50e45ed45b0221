/**
 * The live side of a linked pair (`pair-link.ts`): the page's registry of the widgets that share
 * one (p, q), and the prose numbers that describe it.
 *
 * A widget joins with its "Linked" checkbox (`PairLinkToggle.astro`, which names the link, the
 * lesson's pair and the widget's pair fields). An edit in a linked widget is published: every
 * other linked widget shows the new pair, and every `PairQuantity` / `PairValues` of the link in
 * the page is rewritten (in the site unit). A widget whose box is unticked neither sends nor
 * receives; ticked again, it takes the shared pair.
 */
import type { DistributionPair } from './pair.ts';
import { PAIR_CHANGE_EVENT } from './pair-link-event.ts';
import {
  formatPairValues,
  isPairMeasure,
  pairLinkCodecs,
  pairMeasureBits,
  samePair,
  startingPair,
  type PairLink,
  type PairLinkMemberInfo,
  type StartingPair,
} from './pair-link.ts';
import { setQuantityBits } from './static-quantities.ts';
import { getUnit } from './unit.ts';
import type { IgnoredParam } from './url-state.ts';
import { keptWidgetState, urlSpeaksFor } from './widget-memory.ts';

/** A widget in a link: it is told when another member changed the pair. */
export interface PairLinkMember {
  /** Show `pair` (without publishing it back). */
  receive(pair: DistributionPair): void;
}

/** What a joining widget gets back. */
export interface PairLinkHandle {
  /** The link's id, the prefix of its URL parameters. */
  readonly id: string;
  /** The shared pair now. */
  readonly pair: DistributionPair;
  /** The source of the page's starting pair: `link`, a member's id, or `page`. */
  readonly source: string;
  /** The link's unusable URL parameters, given to the first widget of the link only. */
  readonly ignored: readonly IgnoredParam[];
  /** Whether this widget sends and receives (its checkbox). */
  linked: boolean;
  /** Share `pair` with the other linked widgets and the prose. */
  publish(pair: DistributionPair): void;
}

interface Group {
  pair: DistributionPair;
  readonly source: string;
  readonly ignored: readonly IgnoredParam[];
  readonly members: Map<HTMLInputElement, { member: PairLinkMember; handle: PairLinkHandle }>;
}

const groups = new Map<string, Group>();

/** The elements under `root` matching `selector` that belong to link `id`. */
const ofLink = <E extends HTMLElement>(root: ParentNode, selector: string, id: string): E[] =>
  [...root.querySelectorAll<E>(selector)].filter((element) => element.dataset['pairLink'] === id);

const TOGGLE = 'input[data-pair-link-toggle]';

/** The link as the page declares it on a toggle, and every member widget in page order. */
function readLink(document: Document, toggle: HTMLInputElement): [PairLink, PairLinkMemberInfo[]] {
  const id = toggle.dataset['pairLink'] ?? '';
  const list = (raw: string | undefined): number[] => {
    const parsed = pairLinkCodecs.p.parse(raw ?? '');
    return parsed.ok ? parsed.value : [];
  };
  const link: PairLink = { id, p: list(toggle.dataset['pairP']), q: list(toggle.dataset['pairQ']) };
  const members = ofLink<HTMLInputElement>(document, TOGGLE, id).map((input) => {
    const [pField = 'p', qField = 'q'] = (input.dataset['pairFields'] ?? 'p q').split(' ');
    const figureId = input.closest('figure[data-widget]')?.id ?? '';
    return { id: figureId, fields: [pField, qField] as const };
  });
  return [link, members];
}

/** The page's group for this link, made on first use (again when all its widgets have gone). */
function groupFor(toggle: HTMLInputElement): Group {
  const document = toggle.ownerDocument;
  const id = toggle.dataset['pairLink'] ?? '';
  const existing = groups.get(id);
  if (existing && [...existing.members.keys()].some((input) => input.isConnected)) return existing;
  const [link, members] = readLink(document, toggle);
  const search = document.defaultView?.location.search ?? '';
  const ids = [link.id, ...members.map((member) => member.id)];
  const kept = urlSpeaksFor(ids, search) ? undefined : keptLinkPair(link, members);
  const start = kept ?? startingPair(new URLSearchParams(search), link, members);
  const group: Group = { ...start, members: new Map() };
  groups.set(id, group);
  if (start.source !== 'page') showInProse(document, id, start.pair);
  return group;
}

/**
 * The pair the reader left the link with on an earlier visit: the link's parameters
 * (`LINK.p`, `LINK.q`) in the first kept state of a member that has them (a linked widget keeps
 * the shared pair under the link's id). Undefined when none is kept or it no longer decodes.
 */
function keptLinkPair(
  link: PairLink,
  members: readonly PairLinkMemberInfo[],
): StartingPair | undefined {
  for (const member of members) {
    const kept = keptWidgetState(member.id);
    const own = new URLSearchParams();
    for (const [key, value] of kept ?? [])
      if (key.startsWith(`${link.id}.`)) own.append(key, value);
    if (own.size === 0) continue;
    const start = startingPair(own, link, []);
    return start.source === 'link' && start.ignored.length === 0 ? start : undefined;
  }
  return undefined;
}

/** Rewrite the link's prose numbers and lists for `pair`. */
function showInProse(document: Document, id: string, pair: DistributionPair): void {
  const unit = getUnit();
  for (const span of ofLink(document, '[data-pair-quantity]', id)) {
    const measure = span.dataset['pairQuantity'] ?? '';
    if (isPairMeasure(measure)) setQuantityBits(span, pairMeasureBits(measure, pair), unit);
  }
  for (const span of ofLink(document, '[data-pair-values]', id)) {
    const values = span.dataset['pairValues'] === 'q' ? pair.q : pair.p;
    span.textContent = formatPairValues(values);
  }
}

/**
 * Join the link that `toggle` (the widget's "Linked" checkbox) names. The widget shows
 * `handle.pair` when it starts linked; its edits go through `handle.publish`.
 */
export function joinPairLink(toggle: HTMLInputElement, member: PairLinkMember): PairLinkHandle {
  const group = groupFor(toggle);
  const id = toggle.dataset['pairLink'] ?? '';
  const first = ofLink(toggle.ownerDocument, TOGGLE, id)[0] === toggle;
  const handle: PairLinkHandle = {
    id,
    get pair() {
      return group.pair;
    },
    source: group.source,
    ignored: first ? group.ignored : [],
    linked: toggle.checked,
    publish(pair) {
      if (!handle.linked || samePair(pair, group.pair)) return;
      group.pair = { p: [...pair.p], q: [...pair.q] };
      for (const [input, other] of group.members) {
        if (other.handle === handle || !other.handle.linked || !input.isConnected) continue;
        other.member.receive(group.pair);
      }
      showInProse(toggle.ownerDocument, id, group.pair);
      // The loader starts the link's widgets that have not started yet (they take the pair).
      toggle.dispatchEvent(new CustomEvent(PAIR_CHANGE_EVENT, { bubbles: true, detail: { id } }));
    },
  };
  group.members.set(toggle, { member, handle });
  return handle;
}
