/** Messages of the articles area: the list of articles (English, the model for be/ and ru/). */
import { plural } from '../../format.ts';

export const articles = {
  lede: 'Questions about the election, each answered in a few minutes’ reading, with every figure drawn from the data and every claim sourced.',
  /** Said in the be and ru editions while the articles exist in English only. */
  englishOnly: 'The articles are in English for now.',
  updated: 'updated',
  minutes: (n: number) => plural('en', n, { one: '{n} min read', other: '{n} min read' }),
};
