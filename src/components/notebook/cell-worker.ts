/**
 * The dedicated module worker cells run in (created by `cell-runner.ts`). It locks its global
 * scope down first (no network, no storage, no code from strings: `lockdown.ts`), then runs
 * what the page asks in one shared {@link Notebook}, cell by cell, telling the page when each
 * starts (the page times it and terminates this worker if it takes too long).
 *
 * The page creates it when a cell nears the window and sends `prepare` (the cells' code): the
 * library and the parser are loaded then, not on Run. The type stripper (Sucrase, the largest
 * part) is a separate chunk, imported the first time a cell is not plain JavaScript. That
 * `import()` is the worker's own; reader code cannot import (`compile.ts`, `lockdown.ts`).
 */
import { compileCell, needsTypeStripper, type TypeStripper } from './compile.ts';
import { functionBodyOffset } from './error-line.ts';
import { lockdown } from './lockdown.ts';
import { Notebook } from './notebook.ts';
import { runPlan } from './plan.ts';
import type { PageMessage, RunRequest, SourceCell, WorkerMessage } from './worker-protocol.ts';

functionBodyOffset(); // measured before the lockdown takes the constructors away
const kept = lockdown();
const notebook = new Notebook();
const ran = new Set<string>();
const post = (message: WorkerMessage): void => self.postMessage(message);

let stripTypes: TypeStripper | undefined;

/** Loads the type stripper if one of `cells` is not plain JavaScript (once). */
async function loadStripperFor(cells: readonly SourceCell[]): Promise<void> {
  if (stripTypes || !cells.some((cell) => needsTypeStripper(cell.source))) return;
  stripTypes = (await import('./type-strip.ts')).stripTypes;
}

function names(source: string): { declared: string[]; free: string[] } {
  try {
    const { declared, free } = compileCell(source, stripTypes);
    return { declared: [...declared], free: [...free] };
  } catch {
    return { declared: [], free: [] };
  }
}

let queue: Promise<void> = Promise.resolve();

async function run(request: RunRequest): Promise<void> {
  await loadStripperFor(request.cells).catch(() => undefined); // then TS cells say so
  const sources = new Map(request.cells.map((cell) => [cell.id, cell.source]));
  const planned = request.cells.map((cell) => ({ id: cell.id, ...names(cell.source) }));
  const context = { widgets: request.widgets, widgetIds: request.widgetIds, stripTypes };
  for (const id of runPlan(planned, request.target, ran)) {
    post({ type: 'start', runId: request.runId, id });
    const result = await notebook.run(id, sources.get(id) ?? '', context);
    ran.add(id);
    post({ type: 'result', runId: request.runId, result });
  }
  post({ type: 'done', runId: request.runId });
}

self.addEventListener('message', (event: MessageEvent<PageMessage>) => {
  const message = event.data;
  if (message?.type === 'run') queue = queue.then(() => run(message));
  else if (message?.type === 'prepare')
    queue = queue.then(() => loadStripperFor(message.cells).catch(() => undefined));
});

post({ type: 'ready', kept });
