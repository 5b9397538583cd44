import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({
    loader: glob({ pattern: '**/*.{md,mdx}', base: './content/docs' }),
    schema: docsSchema(),
  }),
  // Starlight's own UI strings can be overridden per locale in src/content/i18n/.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
