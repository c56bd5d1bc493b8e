/**
 * Wires loaders to schemas; defines nothing itself. The dataset is validated
 * by the same function as `npm run validate`; articles are MDX files.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { loadDataset, formatProblems } from './data/dataset.ts';
import { ArticleFrontmatterSchema } from './schemas/article.ts';

const dataset = defineCollection({
  loader: {
    name: 'validated-dataset',
    load: async ({ store }) => {
      const r = loadDataset(process.cwd());
      if (!r.ok) {
        const err = new Error(`The dataset has problems; nothing was built.\n${formatProblems(r.problems)}`);
        err.stack = err.message;
        throw err;
      }
      store.clear();
      store.set({ id: 'summary', data: { figures: r.index.size, sources: r.dataset.sources.length } });
    },
  },
});

const articles = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/articles' }),
  schema: ArticleFrontmatterSchema,
});

export const collections = { dataset, articles };
