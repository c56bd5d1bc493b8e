/**
 * Everything `npm run validate` checks about content/articles: each English
 * article (articles.ts, the sentence rules in rules/), the corrections that
 * name them, and each translation against its original (translations.ts).
 */
import { readArticles, readTranslations, type Article, type Translation } from '../../articles/read.ts';
import type { Problem } from '../problems.ts';
import type { SiteData } from '../site-data.ts';
import { checkArticle, type ArticleContext } from './articles.ts';
import { checkCorrections } from './corrections.ts';
import { loadReferenceTexts } from './rules/claims.ts';
import { checkSentenceRules, sentenceRuleContext } from './rules/index.ts';
import { checkTranslation, loadGlossary, type TranslationRuleContext } from './translations.ts';

export interface ArticlesReport {
  articles: Article[];
  translations: Translation[];
  problems: Problem[];
  /** What does not stop the build: a translation made from an older English text. */
  warnings: Problem[];
  figures: number;
  citations: number;
  charts: number;
}

/** Everything `npm run validate` checks about the articles. */
export function validateArticles(root: string, data: SiteData): ArticlesReport {
  const { ds: dataset, index } = data;
  const { articles, problems } = readArticles(root);
  const ctx: ArticleContext = { index, sourceKeys: new Set(dataset.sources.map((s) => s.key)) };
  const slugs = new Set(articles.map((a) => a.slug));
  for (const a of articles) problems.push(...checkArticle(a, ctx, slugs, root));
  problems.push(...checkCorrections(root, dataset.corrections, articles));
  // The sentence rules (rules/): citations after figures, repeated marks, absolutes, paraphrase, names.
  if (articles.length) {
    const rules = sentenceRuleContext(root, dataset);
    problems.push(...rules.problems);
    for (const a of articles) problems.push(...checkSentenceRules(a, ctx, rules));
  }
  // The translations, each against its English original.
  const read = readTranslations(root);
  problems.push(...read.problems);
  const warnings: Problem[] = [];
  if (read.translations.length) {
    const { glossary, problems: glossaryProblems } = loadGlossary(root);
    problems.push(...glossaryProblems);
    const tctx: TranslationRuleContext = { ...ctx, root, people: dataset.people, reference: loadReferenceTexts(root), glossary };
    const bySlug = new Map(articles.map((a) => [a.slug, a]));
    for (const t of read.translations) {
      const r = checkTranslation(t, bySlug.get(t.slug), tctx);
      problems.push(...r.problems);
      warnings.push(...r.warnings);
    }
  }
  const count = (n: string) => articles.reduce((s, a) => s + a.body.tags.filter((t) => t.name === n).length, 0);
  return { articles, translations: read.translations, problems, warnings, figures: count('Figure'), citations: count('Cite'), charts: count('ChartFigure') };
}
