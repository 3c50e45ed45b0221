import { describe, expect, it } from 'vitest';
import { DistributionError, entropy, klDivergence } from '../../../src/lib/index.ts';
import {
  compileCell,
  needsTypeStripper,
  TypeStripperNeeded,
} from '../../../src/components/notebook/compile.ts';
import { Notebook } from '../../../src/components/notebook/notebook.ts';
import { stripTypes } from '../../../src/components/notebook/type-strip.ts';

describe('compileCell', () => {
  it('finds top-level declarations and free identifiers', () => {
    const cell = compileCell(
      'const p = [0.5, 0.5];\nlet { a, b: [c] } = o;\nfunction f(x) { return x + y; }\nclass K {}\nentropy(p)',
    );
    expect(cell.declared).toEqual(['p', 'a', 'c', 'f', 'K']);
    expect(cell.free).toEqual(expect.arrayContaining(['o', 'y', 'entropy']));
    expect(cell.free).not.toContain('p');
    expect(cell.isAsync).toBe(false);
  });

  it('notices top-level await only outside functions', () => {
    expect(compileCell('await 1').isAsync).toBe(true);
    expect(compileCell('async function g() { await 1 }').isAsync).toBe(false);
  });

  it('compiles plain JavaScript without the type stripper, and asks for it for TypeScript', () => {
    expect(needsTypeStripper('const p = [0.5, 0.5];\nentropy(p)')).toBe(false);
    expect(compileCell('const p = [0.5, 0.5];\nentropy(p)').declared).toEqual(['p']);
    const typed = 'const p: number[] = [0.5, 0.5];\nentropy(p as number[])';
    expect(needsTypeStripper(typed)).toBe(true);
    expect(() => compileCell(typed)).toThrow(TypeStripperNeeded);
    const cell = compileCell(typed, stripTypes);
    expect(cell.declared).toEqual(['p']);
    expect(cell.body).not.toContain('number[]');
  });

  it('never calls the stripper for plain JavaScript', () => {
    const calls: string[] = [];
    compileCell('const x = 1;\nx + 1', (source) => {
      calls.push(source);
      return source;
    });
    expect(calls).toEqual([]);
  });
});

describe('Notebook', () => {
  it('returns the value of the last expression, computed by the library', () => {
    const result = new Notebook().runSync('a', 'entropy([0.5, 0.25, 0.25])');
    expect(result.error).toBeUndefined();
    expect(result.outputs).toEqual([{ kind: 'number', value: entropy([0.5, 0.25, 0.25]) }]);
  });

  it('gives no result when the last statement is not an expression', () => {
    expect(new Notebook().runSync('a', 'const x = 1;').outputs).toEqual([]);
  });

  it('strips TypeScript types', () => {
    const result = new Notebook().runSync(
      'a',
      'interface P { p: number[] }\nconst d: P = { p: [0.9, 0.1] };\nconst h = (x: number[]): number => entropy(x);\nh(d.p as number[])',
      { stripTypes },
    );
    expect(result.error).toBeUndefined();
    expect(result.outputs).toEqual([{ kind: 'number', value: entropy([0.9, 0.1]) }]);
  });

  it('shares top-level names with later cells, in order', () => {
    const notebook = new Notebook();
    notebook.runSync('one', 'const p = [0.5, 0.5];\nfunction q() { return [0.9, 0.1]; }');
    const result = notebook.runSync('two', 'klDivergence(p, q())');
    expect(result.outputs).toEqual([
      { kind: 'number', value: klDivergence([0.5, 0.5], [0.9, 0.1]) },
    ]);
    expect(result.free).toEqual(expect.arrayContaining(['p', 'q', 'klDivergence']));
    expect(notebook.names).toEqual(['p', 'q']);
  });

  it('lets a cell redeclare a name from an earlier cell or the library', () => {
    const notebook = new Notebook();
    notebook.runSync('one', 'const p = 1;');
    const result = notebook.runSync('two', 'const p = 2;\nconst entropy = 3;\np + entropy');
    expect(result.outputs).toEqual([{ kind: 'number', value: 5 }]);
  });

  it('adds show(...) outputs before the last value', () => {
    const result = new Notebook().runSync('a', "show(1, 'two');\nshow(true);\n[1, 2]");
    expect(result.outputs.map((output) => output.kind)).toEqual([
      'number',
      'string',
      'text',
      'list',
    ]);
  });

  it('reports the library error message with the line in the cell', () => {
    let message = '';
    try {
      entropy([0.5, -0.5, 1]);
    } catch (error) {
      if (error instanceof DistributionError) message = error.message;
    }
    expect(message).not.toBe('');
    const result = new Notebook().runSync('a', 'const p = [0.5, -0.5, 1];\n\nentropy(p)');
    expect(result.error).toEqual({ name: 'DistributionError', message, line: 3 });
  });

  it('reports the line of an error thrown in a TypeScript cell', () => {
    const result = new Notebook().runSync('a', 'type T = number;\nconst x: T = 1;\nnull.y', {
      stripTypes,
    });
    expect(result.error?.name).toBe('TypeError');
    expect(result.error?.line).toBe(3);
  });

  it('reports a syntax error with its line', () => {
    const result = new Notebook().runSync('a', 'const a = 1;\nconst = 2;', { stripTypes });
    expect(result.error?.name).toBe('SyntaxError');
    expect(result.error?.line).toBe(2);
  });

  it('keeps outputs shown before an error', () => {
    const result = new Notebook().runSync('a', "show(1);\nthrow new Error('stop')");
    expect(result.outputs).toEqual([{ kind: 'number', value: 1 }]);
    expect(result.error).toEqual({ name: 'Error', message: 'stop', line: 2 });
  });

  it('reads widget states from the run context and names unknown ids', () => {
    const context = { widgets: { 'kl-explorer': { p: [0.5, 0.5] } }, widgetIds: ['kl-explorer'] };
    const notebook = new Notebook();
    expect(notebook.runSync('a', "widget('kl-explorer').p", context).outputs).toEqual([
      {
        kind: 'list',
        items: [
          { kind: 'number', value: 0.5 },
          { kind: 'number', value: 0.5 },
        ],
        more: 0,
      },
    ]);
    const error = notebook.runSync('b', "widget('nope')", context).error;
    expect(error?.message).toBe(
      "widget('nope'): no widget with that id on this page (there are: kl-explorer)",
    );
  });

  it('runs top-level await asynchronously', async () => {
    const result = await new Notebook().run('a', 'const x = await Promise.resolve(2);\nx * 3');
    expect(result.outputs).toEqual([{ kind: 'number', value: 6 }]);
  });
});
