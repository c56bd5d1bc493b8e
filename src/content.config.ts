/**
 * Wires loaders to schemas; defines nothing itself. Articles are MDX files
 * checked against their frontmatter schema. The dataset is not a collection:
 * pages read it through src/data/load.ts, which validates it with the same
 * function as `npm run validate`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleFrontmatterSchema } from './schemas/article.ts';

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: ArticleFrontmatterSchema,
});

export const collections = { articles };
