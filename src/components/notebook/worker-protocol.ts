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

/** Worker → page. */
export type WorkerMessage =
  | { readonly type: 'ready'; readonly kept: readonly string[] }
  | { readonly type: 'start'; readonly runId: number; readonly id: string }
  | { readonly type: 'result'; readonly runId: number; readonly result: CellResult }
  | { readonly type: 'done'; readonly runId: number };
