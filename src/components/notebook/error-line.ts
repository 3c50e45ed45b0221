/**
 * The line, in a cell's source, where an error was thrown: the first stack frame that lies in
 * the cell's function (named by a `//# sourceURL=` comment). A function made by `new Function`
 * starts its body a few lines into its own source; that offset is measured once, by a probe,
 * rather than assumed, so it holds in any engine that names the frame.
 */
import { SyncFunction } from './constructors.ts';

const PROBE_URL = 'surprisal-cell-probe';

function frameLine(stack: string, url: string): number | undefined {
  const escaped = url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`${escaped}:(\\d+)(?::\\d+)?`).exec(stack);
  return match ? Number(match[1]) : undefined;
}

let bodyOffset: number | undefined;

/** How many lines a `new Function` body starts after its frame's line 1 (2 in V8). */
export function functionBodyOffset(): number {
  if (bodyOffset !== undefined) return bodyOffset;
  try {
    new SyncFunction(`throw new Error('probe');\n//# sourceURL=${PROBE_URL}`)();
  } catch (error) {
    const line = frameLine(String((error as Error).stack ?? ''), PROBE_URL);
    bodyOffset = line === undefined ? 0 : line - 1;
  }
  return bodyOffset ?? 0;
}

/** The 1-based line in the cell of the deepest frame in the cell's code, if the stack tells. */
export function errorLine(error: unknown, sourceUrl: string): number | undefined {
  const stack = error instanceof Error ? String(error.stack ?? '') : '';
  const line = frameLine(stack, sourceUrl);
  if (line === undefined) return undefined;
  const inCell = line - functionBodyOffset();
  return inCell >= 1 ? inCell : undefined;
}
