import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { lessonSchema } from './content/lesson-schema';

export const collections = {
  lessons: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './content/lessons' }),
    schema: lessonSchema,
  }),
};
