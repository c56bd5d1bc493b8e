/**
 * The sentence rules, each in its own module, run over every article after the
 * house-form checks of articles.ts. Each returns problems in the usual form
 * (`content/articles/x.mdx: line N, <rule>: expected …, found …`).
 */
import type { Dataset } from '../../../schemas/index.ts';
import type { Article } from '../../../articles/read.ts';
import type { ArticleContext } from '../articles.ts';
import type { Problem } from '../../problems.ts';
import { checkCiteFor } from './cite-for.ts';
import { checkRepeatedMarks } from './repeated-mark.ts';
import { checkClaims, loadReferenceTexts, type ReferenceTexts } from './claims.ts';
import { checkNames } from './names.ts';
import { checkParaphrase, loadSourceSentences, type SourceSentence } from './paraphrase.ts';
import { articleSentences } from './sentences.ts';

/** What the sentence rules read besides the article: loaded once per run. */
export interface SentenceRuleContext {
  root: string;
  people: Dataset['people'];
  /** The source article's sentences, as hashes of their stemmed content words. */
  sourceSentences: SourceSentence[];
  /** The committed reference copies and the source article's n-gram hashes. */
  reference: ReferenceTexts;
  /** Problems reading the committed files the rules compare with. */
  problems: Problem[];
}

export function sentenceRuleContext(root: string, dataset: Dataset): SentenceRuleContext {
  const src = loadSourceSentences(root);
  const reference = loadReferenceTexts(root);
  return { root, people: dataset.people, sourceSentences: src.sentences, reference, problems: [...src.problems, ...reference.problems] };
}

export function checkSentenceRules(article: Article, ctx: ArticleContext, rules: SentenceRuleContext): Problem[] {
  const sentences = articleSentences(article.body.blocks);
  return [
    ...checkCiteFor(article.file, sentences, ctx),
    ...checkRepeatedMarks(article.file, sentences, ctx),
    ...checkParaphrase(article.file, sentences, rules.sourceSentences),
    ...checkClaims(article.file, sentences, article.frontmatter?.claims ?? [], ctx.index, rules.reference, ctx.sourceKeys),
    ...checkNames(article.file, sentences, article.frontmatter, rules.people),
  ];
}
