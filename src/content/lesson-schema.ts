import { z } from 'astro/zod';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_HINT = 'lower-case words joined by single hyphens, e.g. "cross-entropy"';

/** Front matter of a lesson in `content/lessons/NN-slug.mdx`; the one schema of the collection. */
export const lessonSchema = z
  .object({
    title: z
      .string()
      .min(1)
      .describe('The lesson title, shown as the page h1 and in the lesson list.'),
    description: z
      .string()
      .min(20)
      .max(200)
      .describe(
        'One-sentence summary: the lesson list line, the meta description and og:description.',
      ),
    order: z
      .number()
      .int()
      .positive()
      .describe('Position in the course; lessons are listed by this number.'),
    slug: z
      .string()
      .regex(SLUG, `slug must be ${SLUG_HINT}`)
      .describe('URL segment: the lesson lives at /lessons/SLUG/. Never changes once published.'),
    prerequisites: z
      .array(z.string().regex(SLUG, `a prerequisite must be a lesson slug: ${SLUG_HINT}`))
      .default([])
      .describe('Slugs of lessons a reader should read first.'),
    sectionAliases: z
      .record(z.string(), z.string().regex(SLUG, `a section id must be ${SLUG_HINT}`))
      // Checked here rather than as the record's key schema, whose failure says only "Invalid key".
      .superRefine((aliases, context) => {
        for (const oldId of Object.keys(aliases).filter((key) => !SLUG.test(key))) {
          context.addIssue({
            code: 'custom',
            path: [oldId],
            message: `the old section id "${oldId}" must be ${SLUG_HINT}`,
          });
        }
      })
      .default({})
      .describe(
        'Renamed sections: OLD-ID → CURRENT-ID. Section ids come from heading words ("Bits and nats" → ' +
          'bits-and-nats); when a heading is reworded, add its old id here so published links #OLD-ID still ' +
          'land on the section (an element with the old id is placed next to the heading). The build fails ' +
          'if CURRENT-ID is not a heading of the lesson.',
      ),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
