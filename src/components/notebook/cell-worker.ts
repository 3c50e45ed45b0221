/**
 * The dedicated module worker cells run in (created by `cell-runner.ts`). It locks its global
 * scope down first (no network, no storage, no code from strings: `lockdown.ts`), then runs
 * what the page asks in one shared {@link Notebook}, cell by cell, telling the page when each
 * starts (the page times it and terminates this worker if it takes too long).
 */
import { compileCell } from './compile.ts';
import { functionBodyOffset } from './error-line.ts';
import { lockdown } from './lockdown.ts';
import { Notebook } from './notebook.ts';
import { runPlan } from './plan.ts';
import type { RunRequest, WorkerMessage } from './worker-protocol.ts';

functionBodyOffset(); // measured before the lockdown takes the constructors away
const kept = lockdown();
const notebook = new Notebook();
const ran = new Set<string>();
const post = (message: WorkerMessage): void => self.postMessage(message);

function names(source: string): { declared: string[]; free: string[] } {
  try {
    const { declared, free } = compileCell(source);
    return { declared: [...declared], free: [...free] };
  } catch {
    return { declared: [], free: [] };
  }
}

let queue: Promise<void> = Promise.resolve();

async function run(request: RunRequest): Promise<void> {
  const sources = new Map(request.cells.map((cell) => [cell.id, cell.source]));
  const planned = request.cells.map((cell) => ({ id: cell.id, ...names(cell.source) }));
  const context = { widgets: request.widgets, widgetIds: request.widgetIds };
  for (const id of runPlan(planned, request.target, ran)) {
    post({ type: 'start', runId: request.runId, id });
    const result = await notebook.run(id, sources.get(id) ?? '', context);
    ran.add(id);
    post({ type: 'result', runId: request.runId, result });
  }
  post({ type: 'done', runId: request.runId });
}

self.addEventListener('message', (event: MessageEvent<RunRequest>) => {
  if (event.data?.type !== 'run') return;
  queue = queue.then(() => run(event.data));
});

post({ type: 'ready', kept });
