/**
 * The type stripper of `compile.ts`: Sucrase (`transforms: ['typescript']`), which removes types
 * without checking them and keeps every line where it was. Its own module, so that the worker
 * loads it only for a cell that is not plain JavaScript; the build imports it directly.
 */
import { transform } from 'sucrase';
import { CellSyntaxError } from './compile.ts';

export function stripTypes(source: string): string {
  try {
    return transform(source, { transforms: ['typescript'], disableESTransforms: true }).code;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /\((\d+):\d+\)/.exec(message)?.[1];
    throw new CellSyntaxError(
      message.replace(/\s*\(\d+:\d+\)$/, ''),
      line ? Number(line) : undefined,
    );
  }
}
