/** Messages of the feeds area: the RSS feed of each edition (English, the model for be/ and ru/). */
export const feeds = {
  /** Categories of the feed's items. */
  categories: { article: 'Article', dataChange: 'Data change', correction: 'Correction' },
  dataTitle: (title: string) => `Data: ${title}`,
  dataDescription: (change: string, reason: string) => `${change} Why: ${reason}`,
  correctionTitle: (where: string) => `Correction: ${where}`,
  correctionDescription: (was: string, now: string, why: string) => `We wrote: “${was}” It now reads: “${now}” Why: ${why}`,
  /** An article in a feed of another language: the articles are in English. */
  articleDescription: (description: string) => description,
  articleTitle: (title: string) => title,
};
