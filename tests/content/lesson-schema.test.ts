// The lesson collection's one schema: every real lesson's front matter passes it, file names agree
// with it, and bad front matter is refused with a message that names the field.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { lessonSchema } from '../../src/content/lesson-schema.ts';

const lessonsDir = new URL('../../content/lessons/', import.meta.url);
const files = readdirSync(lessonsDir)
  .filter((name) => name.endsWith('.mdx'))
  .sort();

/** The YAML between the opening and closing `---` lines of an MDX file. */
function frontMatterOf(source: string): unknown {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match?.[1]) throw new Error('no front matter block');
  return parseYaml(match[1]);
}

const lessons = files.map((file) => {
  const data = frontMatterOf(readFileSync(new URL(file, lessonsDir), 'utf8'));
  return { file, data, result: lessonSchema.safeParse(data) };
});

/** A valid front matter to break one field at a time. */
const valid = {
  title: 'Entropy',
  description: 'How surprising an outcome is, and why entropy is its average.',
  order: 1,
  slug: 'entropy',
};

/** The issue messages with their paths, as a reader of a failed build would see them. */
function issuesOf(data: unknown): string[] {
  const result = lessonSchema.safeParse(data);
  expect(result.success, 'expected the front matter to be rejected').toBe(false);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the real lessons', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(lessons.map((lesson) => [lesson.file, lesson] as const))(
    '%s has valid front matter',
    (_file, lesson) => {
      const messages = lesson.result.success
        ? []
        : lesson.result.error.issues.map((issue) => issue.message);
      expect(messages).toEqual([]);
    },
  );

  it.each(lessons.map((lesson) => [lesson.file, lesson] as const))(
    '%s is named NN-SLUG.mdx after its order and slug',
    (file, lesson) => {
      if (!lesson.result.success) return expect.fail(`${file} has invalid front matter`);
      const { order, slug } = lesson.result.data;
      expect(file).toBe(`${String(order).padStart(2, '0')}-${slug}.mdx`);
    },
  );

  it('use each slug and each order once', () => {
    const parsed = lessons.flatMap((lesson) => (lesson.result.success ? [lesson.result.data] : []));
    expect(new Set(parsed.map((lesson) => lesson.slug)).size).toBe(parsed.length);
    expect(new Set(parsed.map((lesson) => lesson.order)).size).toBe(parsed.length);
  });

  it('list only existing lessons as prerequisites', () => {
    const parsed = lessons.flatMap((lesson) => (lesson.result.success ? [lesson.result.data] : []));
    const slugs = new Set(parsed.map((lesson) => lesson.slug));
    const unknown = parsed.flatMap((lesson) =>
      lesson.prerequisites.filter((slug) => !slugs.has(slug)),
    );
    expect(unknown).toEqual([]);
  });
});

describe('lessonSchema', () => {
  it('fills the defaults: no prerequisites, no section aliases', () => {
    const result = lessonSchema.parse(valid);
    expect(result.prerequisites).toEqual([]);
    expect(result.sectionAliases).toEqual({});
  });

  it('accepts section aliases from old ids to current ones', () => {
    const result = lessonSchema.parse({ ...valid, sectionAliases: { 'old-name': 'surprise' } });
    expect(result.sectionAliases).toEqual({ 'old-name': 'surprise' });
  });

  it('rejects a missing title, naming the field', () => {
    const withoutTitle: Partial<typeof valid> = { ...valid };
    delete withoutTitle.title;
    expect(issuesOf(withoutTitle).join('\n')).toMatch(/^title: /m);
  });

  it('rejects a slug that is not lower-case words joined by hyphens, and says what a slug must be', () => {
    expect(issuesOf({ ...valid, slug: 'Entropy Lesson' }).join('\n')).toMatch(
      /^slug: slug must be lower-case words/m,
    );
  });

  it('rejects a description too short to summarise the lesson', () => {
    expect(issuesOf({ ...valid, description: 'Entropy.' }).join('\n')).toMatch(/^description: /m);
  });

  it('rejects an order that is not a positive integer', () => {
    expect(issuesOf({ ...valid, order: 0 }).join('\n')).toMatch(/^order: /m);
    expect(issuesOf({ ...valid, order: 1.5 }).join('\n')).toMatch(/^order: /m);
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    expect(issuesOf({ ...valid, sectionAlias: { a: 'b' } }).join('\n')).toMatch(/sectionAlias/);
  });

  it('rejects a section alias whose ids are not slugs', () => {
    expect(issuesOf({ ...valid, sectionAliases: { 'Old Name': 'surprise' } }).join('\n')).toMatch(
      /^sectionAliases\.Old Name: the old section id "Old Name" must be lower-case words/m,
    );
    expect(issuesOf({ ...valid, sectionAliases: { 'old-name': '#surprise' } }).join('\n')).toMatch(
      /^sectionAliases\.old-name: a section id must be lower-case words/m,
    );
  });

  it('documents every field with a description', () => {
    const undocumented = Object.entries(lessonSchema.shape)
      .filter(([, field]) => !field.description)
      .map(([name]) => name);
    expect(undocumented).toEqual([]);
  });
});
