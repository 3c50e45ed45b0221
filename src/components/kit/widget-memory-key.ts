/**
 * The prefix of the localStorage keys that hold widgets' kept states
 * (`surprisal:widget:<pathname>:<id>`, `widget-memory.ts`), in a module of its own so that
 * whatever only needs the name (forgetting them) carries nothing else.
 */
export const WIDGET_STATE_PREFIX = 'surprisal:widget:';
