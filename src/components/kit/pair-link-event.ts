/**
 * The event a linked pair's widget dispatches (bubbling) when an edit changed the shared pair;
 * `detail.id` names the link. `loader.ts` listens for it, without importing the live side.
 */
export const PAIR_CHANGE_EVENT = 'surprisal:pair-change';
