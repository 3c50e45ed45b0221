import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CompensatedSum } from '../../src/lib/compensated-sum.ts';
import * as lib from '../../src/lib/index.ts';
import { klDivTerm } from '../../src/lib/kl-term.ts';
import { naturalLogOfBase } from '../../src/lib/log-base.ts';
import { complementLogRatio, logRatio } from '../../src/lib/log-ratio.ts';

const scope: Record<string, unknown> = {
  ...lib,
  CompensatedSum,
  klDivTerm,
  naturalLogOfBase,
  logRatio,
  complementLogRatio,
};

const libraryDirectory = new URL('../../src/lib/', import.meta.url);

/** Every `@example CODE // => RESULT` line of src/lib, with a trailing "(remark)" dropped. */
const examples = readdirSync(libraryDirectory)
  .filter((file) => file.endsWith('.ts'))
  .flatMap((file) =>
    readFileSync(new URL(file, libraryDirectory), 'utf8')
      .split('\n')
      .map((line) => /@example (.+?) \/\/ => (.+?)(?: \([^)]*\))?$/.exec(line))
      .filter((match) => match !== null)
      .map((match) => ({ file, code: match[1]!, result: match[2]! })),
  );

/** Evaluates an example: statements separated by `;`, the last one an expression. */
function run(code: string): unknown {
  const statements = code.split(';').map((part) => part.trim());
  const body = `${statements.slice(0, -1).join(';\n')}\nreturn (${statements.at(-1)!});`;
  return new Function(...Object.keys(scope), body)(...Object.values(scope)) as unknown;
}

/** The printed result as a value: numbers, ±Infinity, booleans, undefined, strings, arrays. */
function parse(result: string): unknown {
  const typed = /^(Float64Array|Uint8Array|Uint32Array) \[(.*)\]$/.exec(result);
  if (typed) return { [typed[1]!]: typed[2]!.split(',').map((entry) => Number(entry.trim())) };
  if (result.startsWith('[')) return JSON.parse(result.replaceAll("'", '"')) as unknown;
  if (result === 'undefined') return undefined;
  if (result === 'true' || result === 'false') return result === 'true';
  if (result.startsWith("'")) return result.slice(1, -1);
  return Number(result);
}

function shown(value: unknown): unknown {
  if (value instanceof Float64Array) return { Float64Array: Array.from(value) };
  if (value instanceof Uint8Array) return { Uint8Array: Array.from(value) };
  if (value instanceof Uint32Array) return { Uint32Array: Array.from(value) };
  return value;
}

describe('every @example in src/lib prints the result it claims', () => {
  it('there are examples to check', () => {
    expect(examples.length).toBeGreaterThan(40);
  });

  it.each(examples)('$file: $code', ({ code, result }) => {
    expect(shown(run(code))).toStrictEqual(parse(result));
  });
});
