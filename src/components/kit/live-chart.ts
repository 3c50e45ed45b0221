/**
 * A widget's chart on the client. It starts from the SVG the build drew (with its structure and
 * scales recorded on it) and shows each new spec by moving the drawn marks in place; only when
 * the structure changes (more outcomes, another unit, a new domain step) does it load Plot and
 * draw the chart again. Plot therefore loads only if a reader changes the structure.
 */
import { finishChart } from './chart-dom.ts';
import { readScales, type ChartScales } from './chart-scales.ts';
import { structureKey, type ChartSpec } from './chart-spec.ts';
import { updateChart } from './chart-update.ts';

export class LiveChart {
  readonly #holder: Element;
  readonly #descriptionId: string;
  #svg: SVGSVGElement | null;
  #scales: ChartScales;
  #pending: ChartSpec | undefined;
  /** The spec the SVG shows now (undefined: the build's, not known here). */
  #shown: ChartSpec | undefined;
  #drawing = false;
  readonly #drawn = new Set<(svg: SVGSVGElement) => void>();

  constructor(holder: Element, descriptionId: string) {
    this.#holder = holder;
    this.#descriptionId = descriptionId;
    this.#svg = holder.querySelector('svg');
    this.#scales = this.#svg ? readScales(this.#svg) : {};
  }

  /** The SVG now shown (it is replaced when the structure changes). */
  get svg(): SVGSVGElement | null {
    return this.#svg;
  }

  /** The drawn scales (chart units ↔ values), for pointer input. */
  get scales(): ChartScales {
    return this.#scales;
  }

  /** Call `listener` with the SVG after every update, in place or redrawn (and once now). */
  onDraw(listener: (svg: SVGSVGElement) => void): void {
    this.#drawn.add(listener);
    if (this.#svg) listener(this.#svg);
  }

  /** Show `spec` (and its text alternative): in place when possible, else redrawn with Plot. */
  show(spec: ChartSpec, description: string): void {
    const text = this.#holder.querySelector('[data-chart-description]');
    if (text && text.textContent !== description) text.textContent = description;
    const svg = this.#svg;
    if (
      !this.#drawing &&
      svg &&
      svg.dataset['structure'] === structureKey(spec) &&
      updateChart(svg, spec, this.#scales, this.#shown)
    ) {
      this.#shown = spec;
      for (const listener of this.#drawn) listener(svg);
      return;
    }
    this.#pending = spec;
    if (!this.#drawing) void this.#redraw();
  }

  async #redraw(): Promise<void> {
    this.#drawing = true;
    try {
      const { drawChart } = await import('./plot-render.ts');
      while (this.#pending) {
        const spec = this.#pending;
        this.#pending = undefined;
        const svg = finishChart(drawChart(spec), this.#descriptionId) as SVGSVGElement;
        if (this.#svg) this.#svg.replaceWith(svg);
        else this.#holder.prepend(svg);
        this.#svg = svg;
        this.#shown = spec;
        this.#scales = readScales(svg);
        for (const listener of this.#drawn) listener(svg);
      }
    } finally {
      this.#drawing = false;
    }
  }
}
