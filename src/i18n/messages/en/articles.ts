/** Messages of the articles area: the list of articles (English, the model for be/ and ru/). */
import { plural } from '../../format.ts';

export const articles = {
  lede: 'Questions about the election, each answered in a few minutes’ reading, with every figure drawn from the data and every claim sourced.',
  /** Said in the be and ru editions while the articles exist in English only. */
  englishOnly: 'The articles are in English for now.',
  updated: 'updated',
  minutes: (n: number) => plural('en', n, { one: '{n} min read', other: '{n} min read' }),
  page: {
    published: 'Published',
    updated: 'Updated',
    words: (n: number) => plural('en', n, { one: '({n} word)', other: '({n} words)' }),
    toc: 'In this article',
    related: 'Related',
    relatedCharts: 'Related charts',
    relatedArticles: 'Related articles',
    sources: 'Sources',
    sourcesNote: 'Numbered in the order the article first cites them. Every source, and everywhere on the site it is used, is listed on',
    sourcesPage: 'the sources page',
    undated: 'undated',
    noUrl: 'No URL held.',
    whereElse: 'Where else it is used',
    sourceN: (n: number) => `: source ${n}`,
    /** On a translation: whose text it is, and a link to the original. */
    translation: 'A translation of the English article.',
    readOriginal: 'Read the original in English',
    /** On a translation made from an older English text. */
    behind: 'The English article has changed since this translation was made; the original may say more or differ.',
    /** Beside a quotation the translation renders in its own words. */
    ourTranslation: 'our translation',
    original: 'original:',
  },
};
