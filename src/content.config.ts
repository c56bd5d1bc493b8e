/**
 * Wires loaders to schemas; defines nothing itself. Articles are MDX files
 * checked against their frontmatter schema. The dataset is not a collection:
 * pages read it through src/data/load.ts, which validates it with the same
 * function as `npm run validate`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleFrontmatterSchema, TranslationFrontmatterSchema } from './schemas/article.ts';

/** The English originals: content/articles/<slug>.mdx (top level only). */
const articles = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/articles' }),
  schema: ArticleFrontmatterSchema,
});

/** Their translations: content/articles/<be|ru>/<slug>.mdx, ids "be/<slug>". */
const translations = defineCollection({
  loader: glob({ pattern: '{be,ru}/*.mdx', base: './content/articles' }),
  schema: TranslationFrontmatterSchema,
});

export const collections = { articles, translations };
