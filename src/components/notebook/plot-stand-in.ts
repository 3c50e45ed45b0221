/**
 * `Plot` as cell code sees it: Observable Plot's call shape for marks built from plain data and
 * field names (`Plot.lineY([1, 3, 2]).plot()`, `Plot.barY(rows, { x: 'outcome', y: 'p' }).plot()`,
 * `Plot.plot({ marks: [...] })`). Nothing is drawn here (the worker has no DOM): the calls are
 * recorded as data (a {@link PlotSpec}) and the page draws them with the real Plot
 * (`plot-draw.ts`). Options must be plain data (strings, numbers, booleans, arrays, objects);
 * functions are refused with a clear message, since they cannot cross to the page.
 */

/** The marks the stand-in offers (Plot's names). */
export const MARK_NAMES = [
  'areaY',
  'barX',
  'barY',
  'cell',
  'dot',
  'line',
  'lineY',
  'lineX',
  'ruleX',
  'ruleY',
  'text',
  'tickX',
  'tickY',
] as const;
export type MarkName = (typeof MARK_NAMES)[number];

export interface MarkCall {
  readonly mark: MarkName;
  readonly data: unknown;
  readonly options: Record<string, unknown>;
}

export interface PlotSpec {
  readonly plotSpec: true;
  readonly marks: readonly MarkCall[];
  readonly options: Record<string, unknown>;
}

export function isPlotSpec(value: unknown): value is PlotSpec {
  return typeof value === 'object' && value !== null && (value as PlotSpec).plotSpec === true;
}

/** A recorded mark; `.plot(options)` makes a chart of it alone, as Plot's marks do. */
export class RecordedMark implements MarkCall {
  readonly mark: MarkName;
  readonly data: unknown;
  readonly options: Record<string, unknown>;
  constructor(mark: MarkName, data: unknown, options: Record<string, unknown>) {
    this.mark = mark;
    this.data = data;
    this.options = options;
  }
  plot(options: Record<string, unknown> = {}): PlotSpec {
    return plot({ ...options, marks: [this] });
  }
}

function plainData(value: unknown, where: string, depth = 0): unknown {
  if (typeof value === 'function')
    throw new TypeError(`Plot: ${where} is a function; in a cell, give a field name or the values`);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map((item) => plainData(item, where, depth + 1));
  if (value instanceof RecordedMark) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [
      key,
      plainData(item, `${where}.${key}`, depth + 1),
    ]),
  );
}

function markCall(mark: MarkName, data: unknown, options: unknown): RecordedMark {
  if (options !== undefined && (typeof options !== 'object' || options === null))
    throw new TypeError(`Plot.${mark}: options must be an object`);
  return new RecordedMark(
    mark,
    plainData(data ?? [], `Plot.${mark} data`),
    plainData(options ?? {}, `Plot.${mark} option`) as Record<string, unknown>,
  );
}

/** `Plot.plot({ marks, ...options })`: the chart, as data. */
export function plot(options: Record<string, unknown> = {}): PlotSpec {
  const { marks = [], ...rest } = options;
  const list = (Array.isArray(marks) ? marks : [marks]).flat(Infinity);
  for (const mark of list)
    if (!(mark instanceof RecordedMark))
      throw new TypeError('Plot.plot: marks must be made with Plot.barY, Plot.lineY, …');
  const recorded = (list as RecordedMark[]).map(({ mark, data, options: o }) => ({
    mark,
    data,
    options: o,
  }));
  return {
    plotSpec: true,
    marks: recorded,
    options: plainData(rest, 'Plot.plot option') as Record<string, unknown>,
  };
}

type MarkFunction = (data?: unknown, options?: Record<string, unknown>) => RecordedMark;

/** The `Plot` object in a cell's scope. */
export const PlotStandIn: Readonly<Record<MarkName, MarkFunction> & { plot: typeof plot }> =
  Object.freeze({
    ...(Object.fromEntries(
      MARK_NAMES.map((name) => [
        name,
        (data?: unknown, options?: unknown) => markCall(name, data, options),
      ]),
    ) as Record<MarkName, MarkFunction>),
    plot,
  });
