/**
 * A cell's source made runnable. Parsed with acorn as plain JavaScript first; only when that
 * fails is it TypeScript (or a syntax error), and its types are stripped by the given
 * {@link TypeStripper} (Sucrase, `type-strip.ts`: no type checking, line numbers kept), which
 * the worker loads only then. Parsed, it gives
 *
 * - `declared`: the names the cell declares at its top level (`const`/`let`/`var`, `function`,
 *   `class`), which later cells see;
 * - `free`: the identifiers it reads that it does not declare at its top level (an
 *   over-approximation is harmless: it only decides which later cells re-run);
 * - the last top-level statement, when it is an expression: its value is the cell's result.
 *
 * The body returned is the text of an (async, when the cell uses top-level `await`) function
 * body that ends by returning `[result, { ...declared }]`. Every line of the cell stays on its
 * own line, so an error's line in the body is its line in the cell.
 */
import { parse, type Node, type Program } from 'acorn';
import { full, ancestor } from 'acorn-walk';

export interface CompiledCell {
  readonly body: string;
  readonly declared: readonly string[];
  readonly free: readonly string[];
  readonly isAsync: boolean;
}

/** The cell's code does not parse; `line` is 1-based in the cell's source. */
export class CellSyntaxError extends SyntaxError {
  readonly line: number | undefined;
  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'SyntaxError';
    this.line = line;
  }
}

/** The name the result is stored under inside the body (not a name a reader would pick). */
const RESULT = '__cellResult__';

/** Strips a cell's TypeScript types, keeping its lines (throws a {@link CellSyntaxError}). */
export type TypeStripper = (source: string) => string;

/** The cell is not plain JavaScript and no type stripper was given: load one and compile again. */
export class TypeStripperNeeded extends Error {
  constructor() {
    super('this cell is not plain JavaScript: its types must be stripped first');
    this.name = 'TypeStripperNeeded';
  }
}

/** The program of `source` if it parses as plain JavaScript, else undefined. */
function parseJs(source: string): Program | undefined {
  try {
    return parseProgram(source);
  } catch {
    return undefined;
  }
}

/** Whether `source` needs the type stripper (it does not parse as plain JavaScript). */
export function needsTypeStripper(source: string): boolean {
  return parseJs(source) === undefined;
}

function parseProgram(code: string): Program {
  try {
    return parse(code, {
      ecmaVersion: 'latest',
      sourceType: 'script',
      allowAwaitOutsideFunction: true,
      locations: true,
    });
  } catch (error) {
    const loc = (error as { loc?: { line: number } }).loc;
    const message = error instanceof Error ? error.message : String(error);
    throw new CellSyntaxError(message.replace(/\s*\(\d+:\d+\)$/, ''), loc?.line);
  }
}

interface PatternNode {
  type: string;
  name?: string;
  properties?: { type: string; value?: PatternNode; argument?: PatternNode }[];
  elements?: (PatternNode | null)[];
  left?: PatternNode;
  argument?: PatternNode;
}

function patternNames(pattern: PatternNode, into: string[]): void {
  switch (pattern.type) {
    case 'Identifier':
      if (pattern.name) into.push(pattern.name);
      break;
    case 'ObjectPattern':
      for (const property of pattern.properties ?? []) {
        const target = property.type === 'RestElement' ? property.argument : property.value;
        if (target) patternNames(target, into);
      }
      break;
    case 'ArrayPattern':
      for (const element of pattern.elements ?? []) if (element) patternNames(element, into);
      break;
    case 'AssignmentPattern':
      if (pattern.left) patternNames(pattern.left, into);
      break;
    case 'RestElement':
      if (pattern.argument) patternNames(pattern.argument, into);
      break;
  }
}

function topLevelNames(program: Program): string[] {
  const names: string[] = [];
  for (const statement of program.body) {
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations)
        patternNames(declarator.id as unknown as PatternNode, names);
    } else if (
      (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') &&
      statement.id
    ) {
      names.push(statement.id.name);
    }
  }
  return [...new Set(names)];
}

function freeNames(program: Program, declared: ReadonlySet<string>): string[] {
  const names = new Set<string>();
  full(program, (node, _state, type) => {
    if (type === 'Identifier' && node.type === 'Identifier') {
      const name = (node as unknown as { name: string }).name;
      if (!declared.has(name)) names.add(name);
    }
  });
  return [...names];
}

/** Whether `await` is used outside any function (top-level await). */
function usesTopLevelAwait(program: Program): boolean {
  let found = false;
  const check = (_node: Node, _state: unknown, ancestors: Node[]): void => {
    if (
      !ancestors.some((a) =>
        ['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression'].includes(a.type),
      )
    )
      found = true;
  };
  ancestor(program, {
    AwaitExpression: check,
    ForOfStatement: (node, state, ancestors) => {
      if ((node as unknown as { await?: boolean }).await) check(node, state, ancestors);
    },
  });
  return found;
}

/** A cell loads no code: `import()` and `import.meta` would reach the network. */
function refuseImports(program: Program): void {
  full(program, (node) => {
    if (node.type === 'ImportExpression' || node.type === 'MetaProperty')
      throw new CellSyntaxError(
        'a cell cannot import modules; the library, Plot, show and widget are already in scope',
        node.loc?.start.line,
      );
  });
}

/**
 * Compile a cell's source (JavaScript, or TypeScript given `stripTypes`) into a function body;
 * see the module doc. Throws {@link TypeStripperNeeded} for code that is not plain JavaScript when
 * no stripper is given.
 */
export function compileCell(source: string, stripTypes?: TypeStripper): CompiledCell {
  let code = source;
  let program = parseJs(source);
  if (!program) {
    if (!stripTypes) throw new TypeStripperNeeded();
    code = stripTypes(source);
    program = parseProgram(code);
  }
  refuseImports(program);
  const declared = topLevelNames(program);
  const free = freeNames(program, new Set(declared));
  const last = program.body.at(-1);
  let body = code;
  if (last?.type === 'ExpressionStatement') {
    const expression = last.expression;
    body =
      code.slice(0, expression.start) +
      `${RESULT} = (` +
      code.slice(expression.start, expression.end) +
      ')' +
      code.slice(expression.end);
  }
  const exported = declared.map((name) => `${JSON.stringify(name)}: ${name}`).join(', ');
  body = `let ${RESULT};${body}\n;return [${RESULT}, { ${exported} }];`;
  return { body, declared, free, isAsync: usesTopLevelAwait(program) };
}
