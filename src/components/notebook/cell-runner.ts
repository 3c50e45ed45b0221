/**
 * The page's side of the worker: one worker per page, created when a cell nears the window
 * (`prepareWorker`, from `cell-loader.ts`) or else on the first run. A run sends
 * every cell's current code and the target; the worker answers cell by cell. Each cell has a
 * time limit (its `timeoutMs`, 2 s by default): when a cell takes longer, the worker is
 * terminated (the page never waits on it, `while (true) {}` included) and a fresh one takes
 * its place, with an empty scope; the next run rebuilds the scope by running the earlier
 * cells first (`plan.ts`).
 */
import type { CellResult } from './notebook.ts';
import type { PrepareRequest, RunRequest, SourceCell, WorkerMessage } from './worker-protocol.ts';

export const DEFAULT_TIMEOUT_MS = 2000;

export interface RunCallbacks {
  /** A cell starts running (the target, or an earlier or later one the plan includes). */
  onStart(id: string): void;
  onResult(result: CellResult): void;
  /** The cell `id` ran past its limit; the worker was replaced. */
  onTimeout(id: string, limitMs: number): void;
}

export interface RunOptions {
  readonly cells: readonly SourceCell[];
  readonly target: string;
  readonly widgets: Readonly<Record<string, unknown>>;
  readonly widgetIds: readonly string[];
  readonly timeoutMs: (id: string) => number;
}

let worker: Worker | undefined;
let nextRunId = 1;
let active: { runId: number; callbacks: RunCallbacks; finish: () => void } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function newWorker(): Worker {
  const created = new Worker(new URL('./cell-worker.ts', import.meta.url), { type: 'module' });
  created.addEventListener('message', (event: MessageEvent<WorkerMessage>) =>
    onMessage(event.data),
  );
  return created;
}

function onMessage(message: WorkerMessage): void {
  if (message.type === 'ready' || !active || message.runId !== active.runId) return;
  const { callbacks } = active;
  if (message.type === 'start') {
    clearTimeout(timer);
    const limit = currentLimit(message.id);
    timer = setTimeout(() => stop(message.id, limit), limit);
    callbacks.onStart(message.id);
  } else if (message.type === 'result') {
    clearTimeout(timer);
    callbacks.onResult(message.result);
  } else {
    clearTimeout(timer);
    const { finish } = active;
    active = undefined;
    finish();
  }
}

let currentLimit: (id: string) => number = () => DEFAULT_TIMEOUT_MS;

function stop(id: string, limit: number): void {
  worker?.terminate();
  worker = undefined;
  const stopped = active;
  active = undefined;
  stopped?.callbacks.onTimeout(id, limit);
  stopped?.finish();
}

/**
 * Start the worker ahead of the first run: it loads the library and the parser, and, told the
 * page's `cells`, the type stripper if one of them needs it. Once a page (a worker replaced
 * after a time limit starts on the next run).
 */
let prepared = false;
export function prepareWorker(cells: readonly SourceCell[] = []): void {
  if (prepared) return;
  prepared = true;
  worker ??= newWorker();
  const request: PrepareRequest = { type: 'prepare', cells };
  worker.postMessage(request);
}

/** Whether a run is in progress (a second run waits for it). */
export function isRunning(): boolean {
  return active !== undefined;
}

/** Run `options.target` (and what the plan adds); resolves when the run ends or is stopped. */
export function runCells(options: RunOptions, callbacks: RunCallbacks): Promise<void> {
  return new Promise((resolve) => {
    worker ??= newWorker();
    const runId = nextRunId++;
    currentLimit = options.timeoutMs;
    active = { runId, callbacks, finish: resolve };
    const request: RunRequest = {
      type: 'run',
      runId,
      cells: options.cells,
      target: options.target,
      widgets: options.widgets,
      widgetIds: options.widgetIds,
    };
    try {
      worker.postMessage(request);
    } catch {
      // a widget state that cannot be cloned: send its JSON form
      worker.postMessage(JSON.parse(JSON.stringify(request)) as RunRequest);
    }
  });
}
