/**
 * The training curve: the losses after each step of "Train", drawn as a small SVG polyline
 * (plain DOM, no Plot) with a text alternative giving the first and last loss.
 */
import { formatQuantity } from '../../kit/format.ts';
import type { Unit } from '../../kit/unit.ts';

const WIDTH = 240;
const HEIGHT = 80;
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The polyline's points for `losses` (step on x, loss on y from 0 to the largest loss). */
export function curvePoints(losses: readonly number[]): string {
  const top = Math.max(...losses, 1e-12);
  const last = Math.max(losses.length - 1, 1);
  return losses
    .map((loss, step) => {
      const x = (step / last) * WIDTH;
      const y = HEIGHT - (Math.min(loss, top) / top) * HEIGHT;
      return `${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
}

/** Draw `losses` into `holder` (replacing what was there). */
export function drawLossCurve(holder: HTMLElement, losses: readonly number[], unit: Unit): void {
  const document = holder.ownerDocument;
  let svg = holder.querySelector('svg');
  if (!svg) {
    svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', `-2 -2 ${WIDTH + 4} ${HEIGHT + 4}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('class', 'loss-curve');
    const line = document.createElementNS(SVG_NS, 'polyline');
    line.setAttribute('fill', 'none');
    line.setAttribute('stroke', 'currentColor');
    line.setAttribute('stroke-width', '2');
    svg.append(line);
    holder.append(svg);
  }
  svg.querySelector('polyline')?.setAttribute('points', curvePoints(losses));
  const first = losses[0];
  const latest = losses[losses.length - 1];
  svg.setAttribute(
    'aria-label',
    first === undefined || latest === undefined
      ? 'Loss curve: no steps yet.'
      : `Loss curve over ${losses.length - 1} steps, from ${formatQuantity(first, unit)} to ${formatQuantity(latest, unit)}.`,
  );
  holder.hidden = false;
}
