/**
 * The exercises and code cells of a lesson, read from its MDX source at build time (`entry.body`)
 * so that `/` can say "2 of 4 exercises" without rendering the lesson: every `<Exercise id="…"`
 * and `<Cell id="…"` tag (the components' contract: those names exactly, one literal `id`
 * attribute each, self-closing or with children), in page order, each id once.
 *
 * Not counted: tags inside fenced code blocks or inline code (a lesson may show the syntax),
 * inside MDX comments `{/* … *\/}`, other components whose names merely start alike
 * (`<CellGroup`), and an `id` given as an expression (`id={name}`), which the build cannot know.
 */

export type LessonItemComponent = 'Exercise' | 'Cell';

/** Remove what is not markup: fenced code, MDX comments and inline code (kept as blanks). */
function markupOnly(source: string): string {
  const blank = (text: string): string => text.replace(/[^\n]/g, ' ');
  let fence = '';
  const lines = source.split('\n').map((line) => {
    const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = '';
      return blank(line);
    }
    if (opening) {
      fence = opening;
      return blank(line);
    }
    return line;
  });
  return lines
    .join('\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
    .replace(/`[^`\n]+`/g, blank);
}

/**
 * The attributes text of a tag that starts at `from` (just past the name), up to its closing
 * `>` or `/>`, skipping `>` inside quoted strings and `{…}` expressions.
 */
function attributesText(source: string, from: number): string {
  let depth = 0;
  let quote = '';
  for (let i = from; i < source.length; i++) {
    const char = source[i];
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'" || (char === '`' && depth > 0)) quote = char;
    else if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (char === '>' && depth === 0) return source.slice(from, i);
  }
  return source.slice(from);
}

/** The `id="…"` (or `id='…'`) of a tag's attributes at the top level, if literal. */
function literalId(attributes: string): string | undefined {
  let depth = 0;
  let quote = '';
  for (let i = 0; i < attributes.length; i++) {
    const char = attributes[i];
    if (quote) {
      if (char === quote) quote = '';
      continue;
    }
    if (char === '{') depth++;
    else if (char === '}') depth = Math.max(0, depth - 1);
    else if (char === '"' || char === "'") quote = char;
    else if (depth === 0 && /\s/.test(char ?? '')) {
      const match = /^\s+id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes.slice(i));
      if (match) return match[1] ?? match[2];
    }
  }
  return undefined;
}

/** The ids of every `<component id="…"` in the MDX source, in order, each once. */
export function lessonItemIds(source: string, component: LessonItemComponent): string[] {
  const markup = markupOnly(source);
  const ids: string[] = [];
  const tag = new RegExp(`<${component}(?=[\\s/>])`, 'g');
  for (let match = tag.exec(markup); match; match = tag.exec(markup)) {
    const start = match.index + match[0].length;
    const attributes = attributesText(markup, start);
    const id = literalId(attributes);
    if (id !== undefined && id !== '' && !ids.includes(id)) ids.push(id);
    // Go on after the tag: a tag written inside an attribute (a cell's code) is not one.
    tag.lastIndex = start + attributes.length;
  }
  return ids;
}

/** A lesson's exercise and cell ids, as `/` counts them. */
export function lessonItems(source: string): { exercises: string[]; cells: string[] } {
  return { exercises: lessonItemIds(source, 'Exercise'), cells: lessonItemIds(source, 'Cell') };
}
