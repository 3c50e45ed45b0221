import { z } from 'astro/zod';

/** Front matter of a lesson in `content/lessons/NN-slug.mdx`. */
export const lessonSchema = z.object({
  title: z.string().min(1).describe('The lesson title, shown as the page h1 and in the lesson list.'),
  description: z
    .string()
    .min(20)
    .max(200)
    .describe('One-sentence summary: the lesson list line, the meta description and og:description.'),
  order: z.number().int().positive().describe('Position in the course; lessons are listed by this number.'),
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .describe('URL segment: the lesson lives at /lessons/SLUG/. Never changes once published.'),
  prerequisites: z
    .array(z.string())
    .default([])
    .describe('Slugs of lessons a reader should read first.'),
});

export type LessonFrontmatter = z.infer<typeof lessonSchema>;
