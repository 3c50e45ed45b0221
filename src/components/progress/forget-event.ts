/** Dispatched on `document` once "Forget my progress" has cleared what the site kept. */
export const FORGOTTEN_EVENT = 'surprisal:progress-forgotten';
