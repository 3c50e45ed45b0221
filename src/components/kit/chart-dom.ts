import { CHART_FONT_SIZE } from './chart-layout.ts';

/**
 * Post-processing shared by the build-time and the live chart, so both produce the same SVG:
 * - Plot's `<style>` element is removed (the page's CSP would block it; `widget.css` carries
 *   the same rules), and so are `style` attributes for the same reason;
 * - every `<g aria-label>` gets `role="group"` (an aria-label needs a role to be valid);
 * - the SVG is labelled by the text alternative with id `descriptionId`;
 * - the root font size becomes `CHART_FONT_SIZE` (Plot's default is 10), inherited by every
 *   text that sets no size of its own.
 * The SVG keeps its width/height attributes and viewBox, so CSS `height: auto` reserves its
 * exact aspect ratio before anything loads.
 */
export function finishChart(svg: Element, descriptionId: string): Element {
  for (const style of svg.querySelectorAll('style')) style.remove();
  for (const styled of [svg, ...svg.querySelectorAll('[style]')]) styled.removeAttribute('style');
  for (const group of svg.querySelectorAll('g[aria-label]')) group.setAttribute('role', 'group');
  svg.setAttribute('font-size', String(CHART_FONT_SIZE));
  svg.setAttribute('class', 'widget-chart-svg');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', descriptionId);
  return svg;
}

/** The id of a chart's text alternative inside widget instance `instanceId`. */
export function chartDescriptionId(instanceId: string): string {
  return `${instanceId}-chart-description`;
}
