/** The messages between the page (`cell-runner.ts`) and the worker (`cell-worker.ts`). */
import type { CellResult } from './notebook.ts';

export interface SourceCell {
  readonly id: string;
  readonly source: string;
}

/** Page → worker: run `target` (and what the plan adds) given every cell's current code. */
export interface RunRequest {
  readonly type: 'run';
  readonly runId: number;
  readonly cells: readonly SourceCell[];
  readonly target: string;
  readonly widgets: Readonly<Record<string, unknown>>;
  readonly widgetIds: readonly string[];
}

/**
 * Page → worker, when a cell nears the window (before any Run): the page's cells. The worker
 * parses them, and loads the type stripper now if one of them is not plain JavaScript.
 */
export interface PrepareRequest {
  readonly type: 'prepare';
  readonly cells: readonly SourceCell[];
}

export type PageMessage = RunRequest | PrepareRequest;

/** Worker → page. */
export type WorkerMessage =
  | { readonly type: 'ready'; readonly kept: readonly string[] }
  | { readonly type: 'start'; readonly runId: number; readonly id: string }
  | { readonly type: 'result'; readonly runId: number; readonly result: CellResult }
  | { readonly type: 'done'; readonly runId: number };
