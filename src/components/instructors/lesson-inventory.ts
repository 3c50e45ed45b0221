/**
 * What a lesson's MDX places, read from its source at build time for the instructors' page:
 * its h2/h3 headings, its widgets (components imported from `src/components/widgets/KIND/`),
 * its exercises (`<Exercise id="…" />`) and its code cells (`<Cell id="…" …>`), in the order
 * they appear, each with the index of the heading it follows. Pure: text in, lists out.
 *
 * It reads only what it needs: JSX tags whose name starts with a capital letter, their string
 * attributes, and the raw text of `{…}` attributes; fenced code blocks are skipped.
 */

/** One widget instance: its kind (folder name) and its id (the `id` prop, else the kind). */
export interface WidgetUse {
  readonly kind: string;
  readonly id: string;
  /** Index of the h2/h3 it follows in {@link LessonInventory.headings}, or -1 before any. */
  readonly section: number;
}

export interface ExerciseUse {
  readonly id: string;
  readonly section: number;
}

export interface CellUse {
  readonly id: string;
  /** The first `// comment` line of its code, if any: what the cell is for. */
  readonly comment?: string;
  readonly section: number;
}

export interface LessonInventory {
  /** The h2/h3 headings as written (depth and text), in order. */
  readonly headings: readonly { readonly depth: 2 | 3; readonly text: string }[];
  readonly widgets: readonly WidgetUse[];
  readonly exercises: readonly ExerciseUse[];
  readonly cells: readonly CellUse[];
}

/** A JSX tag's name and attributes: string values as written, `{…}` values as raw source. */
export interface JsxTag {
  readonly name: string;
  readonly start: number;
  readonly end: number;
  readonly attributes: ReadonlyMap<string, string>;
}

const WIDGET_IMPORT =
  /^import\s+([A-Z]\w*)\s+from\s+['"][^'"]*\/components\/widgets\/([a-z0-9-]+)\/[^'"/]+\.astro['"]/gm;

/** Component name → widget kind, from the lesson's imports. */
export function widgetImports(source: string): Map<string, string> {
  return new Map([...source.matchAll(WIDGET_IMPORT)].map((match) => [match[1]!, match[2]!]));
}

/** Character ranges of fenced code blocks (``` or ~~~), which hold no tags or headings. */
function fencedRanges(source: string): [number, number][] {
  const ranges: [number, number][] = [];
  const fence = /^ {0,3}(`{3,}|~{3,})/gm;
  let open: { at: number; marker: string } | undefined;
  for (const match of source.matchAll(fence)) {
    const marker = match[1]!;
    if (open === undefined) open = { at: match.index, marker };
    else if (marker[0] === open.marker[0] && marker.length >= open.marker.length) {
      ranges.push([open.at, match.index + match[0].length]);
      open = undefined;
    }
  }
  if (open !== undefined) ranges.push([open.at, source.length]);
  return ranges;
}

/** Index just past the JS expression that starts after the `{` at `start - 1`. */
function skipExpression(source: string, start: number): number {
  let depth = 1;
  let index = start;
  while (index < source.length) {
    const char = source[index]!;
    if (char === '"' || char === "'") {
      index = source.indexOf(char, index + 1);
      if (index < 0) return source.length;
    } else if (char === '`') {
      index = skipTemplate(source, index + 1) - 1;
    } else if (char === '{') depth += 1;
    else if (char === '}') {
      depth -= 1;
      if (depth === 0) return index + 1;
    }
    index += 1;
  }
  return source.length;
}

/** Index just past the template literal whose text starts at `start`. */
function skipTemplate(source: string, start: number): number {
  let index = start;
  while (index < source.length) {
    const char = source[index]!;
    if (char === '\\') index += 2;
    else if (char === '`') return index + 1;
    else if (char === '$' && source[index + 1] === '{') index = skipExpression(source, index + 2);
    else index += 1;
  }
  return source.length;
}

const ATTRIBUTE_NAME = /[A-Za-z_:][\w:.-]*/y;

/** The tag that opens at `start` (at its `<`), or undefined when it is not a tag after all. */
function readTag(source: string, start: number): JsxTag | undefined {
  const nameMatch = /^<([A-Z][\w.]*)/.exec(source.slice(start, start + 100));
  if (!nameMatch) return undefined;
  const attributes = new Map<string, string>();
  let index = start + nameMatch[0].length;
  while (index < source.length) {
    while (/\s/.test(source[index] ?? '')) index += 1;
    if (source.startsWith('/>', index)) index += 2;
    else if (source[index] === '>') index += 1;
    else {
      ATTRIBUTE_NAME.lastIndex = index;
      const name = ATTRIBUTE_NAME.exec(source)?.[0];
      if (name === undefined) return undefined;
      index += name.length;
      if (source[index] !== '=') {
        attributes.set(name, 'true');
        continue;
      }
      index += 1;
      const quote = source[index];
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, index + 1);
        if (close < 0) return undefined;
        attributes.set(name, source.slice(index + 1, close));
        index = close + 1;
      } else if (quote === '{') {
        const close = skipExpression(source, index + 1);
        attributes.set(name, source.slice(index + 1, close - 1));
        index = close;
      } else return undefined;
      continue;
    }
    return { name: nameMatch[1]!, start, end: index, attributes };
  }
  return undefined;
}

/** Every capitalised JSX tag outside code fences, in order (a tag's own text is not searched). */
export function jsxTags(source: string): JsxTag[] {
  const fences = fencedRanges(source);
  const tags: JsxTag[] = [];
  let index = 0;
  while ((index = source.indexOf('<', index)) >= 0) {
    const fence = fences.find(([from, to]) => index >= from && index < to);
    if (fence) {
      index = fence[1];
      continue;
    }
    const tag = readTag(source, index);
    if (tag) {
      tags.push(tag);
      index = tag.end;
    } else index += 1;
  }
  return tags;
}

/** The first `// comment` of a cell's code attribute (raw source), without the slashes. */
function firstComment(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  // The code is a string or template literal: its opening quote is not part of the first line.
  return /^\s*\/\/\s*(.+?)\s*$/m.exec(code.replace(/^\s*[`'"]/, ''))?.[1];
}

/** Everything the lesson source places, in order. */
export function lessonInventory(source: string): LessonInventory {
  const tags = jsxTags(source);
  const fences = fencedRanges(source);
  const outside = (at: number): boolean =>
    !fences.some(([from, to]) => at >= from && at < to) &&
    !tags.some((tag) => at > tag.start && at < tag.end);
  const headingMatches = [...source.matchAll(/^(#{2,3})[ \t]+(.+?)[ \t#]*$/gm)].filter((match) =>
    outside(match.index),
  );
  const headings = headingMatches.map((match) => ({
    depth: match[1]!.length as 2 | 3,
    text: match[2]!,
  }));
  const sectionAt = (at: number): number =>
    headingMatches.filter((match) => match.index < at).length - 1;

  const kinds = widgetImports(source);
  const widgets: WidgetUse[] = [];
  const exercises: ExerciseUse[] = [];
  const cells: CellUse[] = [];
  for (const tag of tags) {
    const section = sectionAt(tag.start);
    const id = tag.attributes.get('id');
    const kind = kinds.get(tag.name);
    if (kind !== undefined) widgets.push({ kind, id: id ?? kind, section });
    else if (tag.name === 'Exercise' && id !== undefined) exercises.push({ id, section });
    else if (tag.name === 'Cell' && id !== undefined) {
      const comment = firstComment(tag.attributes.get('code'));
      cells.push(comment === undefined ? { id, section } : { id, comment, section });
    }
  }
  return { headings, widgets, exercises, cells };
}
