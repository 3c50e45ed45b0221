/**
 * The reader's answer to a numeric exercise, read by a small recursive-descent parser — never
 * evaluated as code (no `eval`, no `Function`). Grammar (whitespace anywhere between tokens):
 *
 *   expression := term (("+" | "-") term)*
 *   term       := unary (("*" | "/") unary)*
 *   unary      := ("-" | "+") unary | power
 *   power      := primary ("^" unary)?              right-associative: 2^3^2 = 2^9; -2^2 = -4
 *   primary    := number | constant | function "(" expression ("," expression)? ")"
 *               | "(" expression ")"
 *   number     := digits ["." [digits]] [exponent] | "." digits [exponent]
 *   exponent   := ("e" | "E") ["+" | "-"] digits
 *   constant   := "e" | "pi" | "π"
 *   function   := "log2" | "log10" | "ln" | "log" | "sqrt" | "exp"
 *
 * `log(x)` is the natural logarithm (as in most programming languages); `log(x, b)` is the
 * logarithm to base b. Tolerated spellings: "−" (U+2212) and "–" for minus, "·", "×" and "⋅"
 * for times, "÷" for divided by. Input is capped at {@link MAX_ANSWER_LENGTH} characters and
 * {@link MAX_NESTING} levels of nesting; anything else — empty input, a stray character, a
 * division by zero, a logarithm of a number ≤ 0, a result that is not finite — throws an
 * {@link AnswerError} with a message for the reader. No other error escapes.
 */

export const MAX_ANSWER_LENGTH = 200;
export const MAX_NESTING = 24;

export type AnswerProblem =
  'empty' | 'too-long' | 'too-deep' | 'syntax' | 'division-by-zero' | 'domain' | 'not-finite';

/** Why an answer could not be read; `message` is written for the reader. */
export class AnswerError extends Error {
  override readonly name = 'AnswerError';
  constructor(
    readonly problem: AnswerProblem,
    message: string,
  ) {
    super(message);
  }
}

type Token =
  | { type: 'number'; value: number; at: number }
  | { type: 'name'; value: string; at: number }
  | { type: 'op'; value: string; at: number };

const OPERATOR_ALIASES: Readonly<Record<string, string>> = {
  '−': '-',
  '–': '-',
  '·': '*',
  '×': '*',
  '⋅': '*',
  '÷': '/',
};
const OPERATORS = new Set(['+', '-', '*', '/', '^', '(', ')', ',']);
const NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/;
const NAME = /^(?:[a-zA-Z][a-zA-Z0-9]*|π)/;

/** A short, safe echo of what the reader typed at a position (never markup: used as text). */
function near(text: string, at: number): string {
  const piece = text.slice(at, at + 12);
  return `“${piece}${text.length > at + 12 ? '…' : ''}”`;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at]!;
    if (/\s/.test(char)) {
      at++;
      continue;
    }
    const op = OPERATOR_ALIASES[char] ?? char;
    if (OPERATORS.has(op)) {
      tokens.push({ type: 'op', value: op, at });
      at++;
      continue;
    }
    const rest = text.slice(at);
    const number = NUMBER.exec(rest);
    if (number) {
      tokens.push({ type: 'number', value: Number(number[0]), at });
      at += number[0].length;
      continue;
    }
    const name = NAME.exec(rest);
    if (name) {
      tokens.push({ type: 'name', value: name[0].toLowerCase(), at });
      at += name[0].length;
      continue;
    }
    throw new AnswerError(
      'syntax',
      `I cannot read ${near(text, at)}: use numbers, + − * / ^, parentheses and log2, ln, log, sqrt.`,
    );
  }
  return tokens;
}

const CONSTANTS: Readonly<Record<string, number>> = { e: Math.E, pi: Math.PI, π: Math.PI };
const FUNCTIONS = new Set(['log2', 'log10', 'ln', 'log', 'sqrt', 'exp']);

function logarithm(x: number, base: number): number {
  if (!(x > 0)) throw new AnswerError('domain', 'A logarithm needs a number greater than 0.');
  if (!(base > 0) || base === 1)
    throw new AnswerError('domain', 'A logarithm’s base must be greater than 0 and not 1.');
  return Math.log(x) / Math.log(base);
}

function applyFunction(name: string, args: readonly number[]): number {
  const [x = NaN, base] = args;
  if (args.length === 2 && name !== 'log')
    throw new AnswerError('syntax', `${name}( ) takes one number; only log(x, b) takes a base.`);
  switch (name) {
    case 'log2':
      return logarithm(x, 2);
    case 'log10':
      return logarithm(x, 10);
    case 'ln':
      return logarithm(x, Math.E);
    case 'log':
      return logarithm(x, base ?? Math.E);
    case 'sqrt':
      if (x < 0) throw new AnswerError('domain', 'sqrt( ) needs a number that is not negative.');
      return Math.sqrt(x);
    default:
      return Math.exp(x);
  }
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): number {
    const value = this.expression();
    const extra = this.tokens[this.index];
    if (extra) throw this.unexpected(extra);
    return value;
  }

  private peek(): Token | undefined {
    return this.tokens[this.index];
  }

  private isOp(value: string): boolean {
    const token = this.peek();
    return token?.type === 'op' && token.value === value;
  }

  private unexpected(token: Token | undefined): AnswerError {
    if (!token)
      return new AnswerError('syntax', 'The answer ends too early: something is missing.');
    if (token.type === 'op' && token.value === ',')
      return new AnswerError(
        'syntax',
        'Write decimals with a point (0.5); a comma only separates log(x, b).',
      );
    return new AnswerError('syntax', `Unexpected ${near(this.text, token.at)}.`);
  }

  private nested<T>(read: () => T): T {
    if (++this.depth > MAX_NESTING)
      throw new AnswerError('too-deep', 'The answer is nested too deeply.');
    try {
      return read();
    } finally {
      this.depth--;
    }
  }

  private expression(): number {
    let value = this.term();
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.tokens[this.index++]!.value;
      const right = this.term();
      value = op === '+' ? value + right : value - right;
    }
    return value;
  }

  private term(): number {
    let value = this.unary();
    while (this.isOp('*') || this.isOp('/')) {
      const op = this.tokens[this.index++]!.value;
      const right = this.unary();
      if (op === '/' && right === 0)
        throw new AnswerError('division-by-zero', 'The answer divides by zero.');
      value = op === '*' ? value * right : value / right;
    }
    return value;
  }

  /** Every nesting (a sign, a parenthesis, a function, an exponent) passes through here. */
  private unary(): number {
    return this.nested(() => {
      if (this.isOp('-') || this.isOp('+')) {
        const op = this.tokens[this.index++]!.value;
        const value = this.unary();
        return op === '-' ? -value : value;
      }
      return this.power();
    });
  }

  private power(): number {
    const base = this.primary();
    if (!this.isOp('^')) return base;
    this.index++;
    return base ** this.unary();
  }

  private expect(op: string): void {
    if (!this.isOp(op)) throw this.unexpected(this.peek());
    this.index++;
  }

  private primary(): number {
    const token = this.peek();
    if (!token) throw this.unexpected(token);
    if (token.type === 'number') {
      this.index++;
      return token.value;
    }
    if (token.type === 'op' && token.value === '(') {
      this.index++;
      const value = this.expression();
      this.expect(')');
      return value;
    }
    if (token.type === 'name') {
      this.index++;
      if (FUNCTIONS.has(token.value)) {
        this.expect('(');
        const args = [this.expression()];
        if (this.isOp(',')) {
          this.index++;
          args.push(this.expression());
        }
        this.expect(')');
        return applyFunction(token.value, args);
      }
      const constant = CONSTANTS[token.value];
      if (constant !== undefined) return constant;
      throw new AnswerError(
        'syntax',
        `I do not know ${near(this.text, token.at)}: the names I read are log2, log10, ln, log, sqrt, exp, e and pi.`,
      );
    }
    throw this.unexpected(token);
  }
}

/**
 * The number an answer stands for.
 * @throws {AnswerError} empty, too long, too deep, unreadable, or not a finite number
 * @example parseAnswer('1 - 0.5*log2(3)') // => 0.20751874963942196
 */
export function parseAnswer(text: string): number {
  if (text.length > MAX_ANSWER_LENGTH)
    throw new AnswerError(
      'too-long',
      `The answer is longer than ${MAX_ANSWER_LENGTH} characters; write a number or a short expression.`,
    );
  if (text.trim() === '') throw new AnswerError('empty', 'Type an answer first.');
  const value = new Parser(text, tokenize(text)).parse();
  if (!Number.isFinite(value))
    throw new AnswerError('not-finite', 'The answer is not a finite number (too large?).');
  return value;
}
