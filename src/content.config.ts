import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { quizFile } from './quiz/schema.ts';

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema({
      extend: z.object({
        /** Estimated reading time in minutes, shown under a lesson's title. */
        readingTime: z.number().int().positive().optional(),
        /** "What you will be able to do" after the lesson, shown under its title. */
        outcomes: z.array(z.string().min(1)).optional(),
      }),
    }),
  }),
  // Starlight's own UI strings can be overridden per locale in src/content/i18n/.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  // One YAML file per mode with both locales side by side (src/quiz/schema.ts); a broken file fails the build.
  quizzes: defineCollection({ loader: glob({ pattern: '*.yaml', base: './content/quizzes' }), schema: quizFile }),
};
