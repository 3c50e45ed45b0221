/**
 * The live side of a page's cells, imported by `cell-loader.ts` on the first interaction with
 * any cell (or at load when a link or a kept edit must be shown). It owns, per cell, the editor
 * (CodeMirror, itself a lazy chunk), the kept edit, the Share link and the output region, and
 * runs cells through `cell-runner.ts`.
 */
import { reportProgress } from '../progress/progress-event.ts';
import { DEFAULT_TIMEOUT_MS, prepareWorker, runCells } from './cell-runner.ts';
import { forgetEdit, loadEdit, saveEdit } from './cell-storage.ts';
import type { CellEditor } from './editor.ts';
import type { CellResult } from './notebook.ts';
import { outputsHtml } from './output-html.ts';
import type { PlotSpec } from './plot-stand-in.ts';
import { codeParam, decodeCode, encodeCode } from './share-link.ts';
import { widgetSnapshot } from './widget-snapshot.ts';

interface LiveCell {
  readonly root: HTMLElement;
  readonly id: string;
  readonly original: string;
  code: string;
  editor?: CellEditor;
  editorLoading?: Promise<CellEditor>;
}

const cells = new Map<string, LiveCell>();

const pathname = (): string => window.location.pathname;

function cellFor(root: HTMLElement): LiveCell {
  const id = root.dataset['cell'] ?? '';
  let cell = cells.get(id);
  if (!cell) {
    const original = root.dataset['code'] ?? '';
    cell = { root, id, original, code: original };
    cells.set(id, cell);
  }
  return cell;
}

function pageCells(): LiveCell[] {
  return [...document.querySelectorAll<HTMLElement>('[data-cell]')].map(cellFor);
}

// The reader is about to use a cell: the worker starts now (if a cell nearing the window has
// not started it already), so the first Run waits less.
prepareWorker(pageCells().map((cell) => ({ id: cell.id, source: cell.code })));

const part = (cell: LiveCell, name: string): HTMLElement | null =>
  cell.root.querySelector<HTMLElement>(`[data-cell-${name}]`);

function notice(cell: LiveCell, text: string): void {
  const element = part(cell, 'notice');
  if (!element) return;
  element.textContent = text;
  element.hidden = text === '';
}

function timeoutOf(id: string): number {
  const value = Number(cells.get(id)?.root.dataset['timeout']);
  return Number.isFinite(value) && value > 0 ? value : DEFAULT_TIMEOUT_MS;
}

async function mountEditor(cell: LiveCell): Promise<CellEditor> {
  if (cell.editor) return cell.editor;
  cell.editorLoading ??= import('./editor.ts').then(({ createEditor }) => {
    const holder = part(cell, 'code');
    if (!holder) throw new Error(`cell ${cell.id} has no code area`);
    const editorHolder = document.createElement('div');
    editorHolder.className = 'cell-editor';
    holder.replaceChildren(editorHolder);
    holder.removeAttribute('tabindex');
    const editor = createEditor({
      parent: editorHolder,
      code: cell.code,
      label: `Code of cell ${cell.id} (Ctrl+Enter or Cmd+Enter runs it; Escape leaves the editor)`,
      onRun: () => void run(cell.id),
      onEscape: () => part(cell, 'run')?.focus(),
      onChange: (code) => {
        cell.code = code;
        if (code === cell.original) forgetEdit(pathname(), cell.id);
        else saveEdit(pathname(), cell.id, code);
      },
    });
    cell.editor = editor;
    cell.root.dataset['cellEditing'] = 'true';
    return editor;
  });
  return cell.editorLoading;
}

async function drawPlots(container: HTMLElement, specs: readonly PlotSpec[]): Promise<void> {
  const holders = [...container.querySelectorAll<HTMLElement>('[data-cell-plot]')];
  if (holders.length === 0) return;
  const { drawPlot } = await import('./plot-draw.ts');
  for (const holder of holders) {
    const spec = specs[Number(holder.dataset['cellPlot'])];
    if (!spec) continue;
    try {
      holder.replaceWith(drawPlot(spec, document));
    } catch (error) {
      holder.textContent = `Plot: ${error instanceof Error ? error.message : String(error)}`;
      holder.className = 'cell-error';
    }
  }
}

function showResult(result: CellResult): void {
  const cell = cells.get(result.id);
  const output = cell && part(cell, 'output');
  if (!cell || !output) return;
  const specs: PlotSpec[] = [];
  output.innerHTML = outputsHtml(result.outputs, result.error, (spec) => {
    specs.push(spec);
    return `<div data-cell-plot="${specs.length - 1}">Drawing the chart…</div>`;
  });
  output.removeAttribute('aria-busy');
  cell.root.dataset['cellState'] = result.error ? 'error' : 'ran';
  void drawPlots(output, specs);
  if (!result.error) reportProgress({ kind: 'cell', id: result.id });
}

function showStopped(id: string, limitMs: number): void {
  const cell = cells.get(id);
  const output = cell && part(cell, 'output');
  if (!cell || !output) return;
  const seconds = limitMs / 1000;
  output.innerHTML = `<p class="cell-error" role="alert" data-cell-stopped>Stopped: this cell ran longer than ${seconds} s, so it was ended. The cells’ shared names were cleared; the next run first runs the cells above it again.</p>`;
  output.removeAttribute('aria-busy');
  cell.root.dataset['cellState'] = 'stopped';
}

let queue: Promise<void> = Promise.resolve();

/** Run the cell `id` (with the cells the plan adds); runs wait for one another. */
export function run(id: string): Promise<void> {
  queue = queue.then(async () => {
    const all = pageCells();
    const target = cells.get(id);
    if (!target) return;
    notice(target, '');
    const output = part(target, 'output');
    if (output) {
      output.setAttribute('aria-busy', 'true');
      output.innerHTML = '<p class="cell-running">Running…</p>';
    }
    const sources = all.map((cell) => ({ id: cell.id, source: cell.code }));
    const snapshot = await widgetSnapshot(sources.map((cell) => cell.source));
    await runCells(
      { cells: sources, target: id, ...snapshot, timeoutMs: timeoutOf },
      {
        onStart: (started) => {
          const cell = cells.get(started);
          if (cell) part(cell, 'output')?.setAttribute('aria-busy', 'true');
        },
        onResult: showResult,
        onTimeout: showStopped,
      },
    );
  });
  return queue;
}

async function reset(cell: LiveCell): Promise<void> {
  cell.code = cell.original;
  forgetEdit(pathname(), cell.id);
  if (cell.editor) cell.editor.setCode(cell.original);
  notice(cell, 'The original code is back. Press Run to run it.');
}

async function share(cell: LiveCell): Promise<void> {
  const link = part(cell, 'link');
  if (!link) return;
  const encoded = await encodeCode(cell.code);
  if (encoded === undefined) {
    link.textContent = 'This code is too long to fit in a link.';
    link.hidden = false;
    return;
  }
  const url = new URL(window.location.href);
  url.search = new URLSearchParams({ [codeParam(cell.id)]: encoded }).toString();
  url.hash = cell.root.id;
  const anchor = document.createElement('a');
  anchor.href = url.toString();
  anchor.textContent = url.toString();
  link.replaceChildren('Link to this code (it opens without running): ', anchor);
  link.hidden = false;
  try {
    await navigator.clipboard.writeText(url.toString());
    link.append(' (copied)');
  } catch {
    // the link is shown; copying is a convenience
  }
}

/** What the loader forwards: a click on a cell's button, or the first focus of its code. */
export async function handle(action: string, root: HTMLElement): Promise<void> {
  const cell = cellFor(root);
  if (action === 'edit') (await mountEditor(cell)).focus();
  else if (action === 'run') await run(cell.id);
  else if (action === 'reset') await reset(cell);
  else if (action === 'share') await share(cell);
}

/**
 * At load: code from a link (`cell.ID.code`, never run until Run) or an edit kept in this
 * browser goes into its cell's editor; a link parameter that cannot be used is named in a notice.
 */
export async function restore(): Promise<void> {
  const search = new URLSearchParams(window.location.search);
  for (const cell of pageCells()) {
    const fromLink = search.get(codeParam(cell.id));
    if (fromLink !== null) {
      try {
        cell.code = await decodeCode(fromLink);
        await mountEditor(cell);
        notice(
          cell,
          'This code came from a link and has not run. Read it, then press Run to run it; the output below is from the lesson’s own code.',
        );
        cell.root.dataset['cellFromLink'] = 'true';
        continue;
      } catch (error) {
        notice(
          cell,
          `The link’s code for this cell was not used: ${error instanceof Error ? error.message : 'it could not be read'}.`,
        );
      }
    }
    const kept = loadEdit(pathname(), cell.id);
    if (kept !== undefined && kept !== cell.original && fromLink === null) {
      cell.code = kept;
      await mountEditor(cell);
      notice(
        cell,
        'Your edited code, kept in this browser (Reset brings back the original). The output below is from the original until you press Run.',
      );
    }
  }
  for (const key of search.keys()) {
    const match = /^cell\.(.+)\.code$/.exec(key);
    if (key.startsWith('cell.') && (!match || !cells.has(match[1] ?? ''))) {
      const first = pageCells()[0];
      if (first)
        notice(first, `A link parameter was not used: no cell matches “${key.slice(0, 40)}”.`);
    }
  }
}
