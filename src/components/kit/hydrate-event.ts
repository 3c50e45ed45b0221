/**
 * Asks the widget loader to start one widget now (`detail.id` = the figure's id), for a part
 * of the page that needs its live state (a code cell reading `widget('ID')`).
 */
export const HYDRATE_WIDGET_EVENT = 'surprisal:hydrate-widget';
