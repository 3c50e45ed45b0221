/**
 * The shared scope of a page's cells and how one cell runs in it. Pure (no DOM): the worker
 * uses it for the reader's runs and the build uses it, in Node, for the static outputs.
 *
 * A cell runs as a function whose parameters are the library's exports, `Plot`, `show`,
 * `widget` and every name earlier cells declared (less those it declares itself, which shadow
 * them); it returns its result and its declared names' values, which join the scope.
 */
import * as lib from '../../lib/index.ts';
import { CellSyntaxError, compileCell, type CompiledCell, type TypeStripper } from './compile.ts';
import { AsyncFunction, SyncFunction } from './constructors.ts';
import { errorLine } from './error-line.ts';
import { toOutput, type Output } from './output.ts';
import { PlotStandIn } from './plot-stand-in.ts';

export interface CellError {
  /** The error's own message (a `DistributionError`'s, for bad input to the library). */
  readonly message: string;
  /** `DistributionError`, `TypeError`, `SyntaxError`, … */
  readonly name: string;
  /** 1-based line in the cell's source, when known. */
  readonly line: number | undefined;
}

export interface CellResult {
  readonly id: string;
  readonly outputs: readonly Output[];
  readonly error: CellError | undefined;
  readonly declared: readonly string[];
  readonly free: readonly string[];
}

/** What the page tells a run: widget states by id (a snapshot) and all widget ids on the page. */
export interface RunContext {
  readonly widgets?: Readonly<Record<string, unknown>>;
  readonly widgetIds?: readonly string[];
  /** Strips TypeScript types (`type-strip.ts`); without it only plain JavaScript compiles. */
  readonly stripTypes?: TypeStripper | undefined;
}

/** Names the runtime itself puts in a cell's scope, besides the library. */
export const RUNTIME_NAMES = ['Plot', 'show', 'widget'] as const;

const libraryScope: Readonly<Record<string, unknown>> = { ...lib };

type AnyFunction = (...args: unknown[]) => unknown;

function cellError(error: unknown, sourceUrl: string): CellError {
  if (error instanceof CellSyntaxError)
    return { name: 'SyntaxError', message: error.message, line: error.line };
  if (error instanceof Error)
    return { name: error.name, message: error.message, line: errorLine(error, sourceUrl) };
  return { name: 'Error', message: `thrown: ${String(error)}`, line: undefined };
}

function widgetReader(context: RunContext): (id: unknown) => unknown {
  return (id) => {
    if (typeof id !== 'string') throw new TypeError('widget(id): id must be a string');
    const states = context.widgets ?? {};
    if (Object.hasOwn(states, id)) return states[id];
    const ids = context.widgetIds ?? [];
    throw new ReferenceError(
      ids.length === 0
        ? `widget('${id}'): this page has no widget`
        : `widget('${id}'): no widget with that id on this page (there are: ${ids.join(', ')})`,
    );
  };
}

/** A sourceURL safe in a comment. */
function sourceUrlFor(id: string): string {
  return `cell-${id.replace(/[^\w-]/g, '_')}.js`;
}

export class Notebook {
  readonly #scope = new Map<string, unknown>();

  /** The names in the shared scope (declared by cells run so far). */
  get names(): string[] {
    return [...this.#scope.keys()];
  }

  /** The value of a name in the shared scope. */
  get(name: string): unknown {
    return this.#scope.get(name);
  }

  #prepare(id: string, source: string, context: RunContext, outputs: Output[]) {
    const compiled = compileCell(source, context.stripTypes);
    const own = new Set(compiled.declared);
    const sourceUrl = sourceUrlFor(id);
    const scope: [string, unknown][] = [];
    const runtime: Record<string, unknown> = {
      Plot: PlotStandIn,
      show: (...values: unknown[]) => {
        for (const value of values) outputs.push(toOutput(value));
      },
      widget: widgetReader(context),
    };
    for (const [name, value] of Object.entries(libraryScope)) scope.push([name, value]);
    for (const [name, value] of Object.entries(runtime)) scope.push([name, value]);
    for (const [name, value] of this.#scope) scope.push([name, value]);
    const byName = new Map(scope.filter(([name]) => !own.has(name)));
    const names = [...byName.keys()];
    const body = `${compiled.body}\n//# sourceURL=${sourceUrl}`;
    const Make = compiled.isAsync ? AsyncFunction : SyncFunction;
    const fn = new Make(...names, body) as AnyFunction;
    return { compiled, fn, args: names.map((name) => byName.get(name)), sourceUrl };
  }

  #finish(id: string, compiled: CompiledCell, returned: unknown, outputs: Output[]): CellResult {
    const [result, declared] = returned as [unknown, Record<string, unknown>];
    for (const [name, value] of Object.entries(declared)) this.#scope.set(name, value);
    if (result !== undefined) outputs.push(toOutput(result));
    return { id, outputs, error: undefined, declared: compiled.declared, free: compiled.free };
  }

  /** Run a cell whose code has no top-level `await`, synchronously (what the build uses). */
  runSync(id: string, source: string, context: RunContext = {}): CellResult {
    const outputs: Output[] = [];
    let prepared;
    try {
      prepared = this.#prepare(id, source, context, outputs);
    } catch (error) {
      return failed(id, outputs, cellError(error, sourceUrlFor(id)), source, context);
    }
    if (prepared.compiled.isAsync)
      return failed(
        id,
        outputs,
        {
          name: 'Error',
          message: 'top-level await runs only in the browser',
          line: undefined,
        },
        source,
        context,
      );
    try {
      return this.#finish(id, prepared.compiled, prepared.fn(...prepared.args), outputs);
    } catch (error) {
      return failed(
        id,
        outputs,
        cellError(error, prepared.sourceUrl),
        source,
        context,
        prepared.compiled,
      );
    }
  }

  /** Run a cell (top-level `await` allowed). */
  async run(id: string, source: string, context: RunContext = {}): Promise<CellResult> {
    const outputs: Output[] = [];
    let prepared;
    try {
      prepared = this.#prepare(id, source, context, outputs);
    } catch (error) {
      return failed(id, outputs, cellError(error, sourceUrlFor(id)), source, context);
    }
    try {
      return this.#finish(id, prepared.compiled, await prepared.fn(...prepared.args), outputs);
    } catch (error) {
      return failed(
        id,
        outputs,
        cellError(error, prepared.sourceUrl),
        source,
        context,
        prepared.compiled,
      );
    }
  }
}

/** Declared and free names of `source`, or none if it does not parse. */
function namesOf(
  source: string,
  stripTypes: TypeStripper | undefined,
): Pick<CompiledCell, 'declared' | 'free'> {
  try {
    const { declared, free } = compileCell(source, stripTypes);
    return { declared, free };
  } catch {
    return { declared: [], free: [] };
  }
}

function failed(
  id: string,
  outputs: Output[],
  error: CellError,
  source: string,
  context: RunContext,
  compiled?: CompiledCell,
): CellResult {
  const { declared, free } = compiled ?? namesOf(source, context.stripTypes);
  return { id, outputs, error, declared, free };
}
