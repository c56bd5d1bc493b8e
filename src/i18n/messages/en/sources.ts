/** Messages of the sources area (English, the model for be/ and ru/). */
export const sources = {
  lede: (total: number) =>
    `Every figure and event on this site names its sources. These are all ${total} of them, each with its title, publisher and date as far as they are known, its address exactly as found, and the pages that cite it.`,
  /** {rel} is the attribute, as code. */
  labelled: (n: number) => `${n} are mirrors, aggregators or reposts of another publisher’s text; they are labelled, and their links carry {rel}.`,
  undated: (n: number) => `${n} have no known publication date and are marked “undated”; a date given only as a month is shown as a month.`,
  noUrl: (n: number) => `${n} have no address on record and are listed as text.`,
  brackets: 'Titles in square brackets describe an item whose own title was not recorded.',
  method: 'How sources were chosen and used',
  noAddress: 'No address on record.',
  notCited: 'Not cited on any page of this site.',
  citedOn: 'Cited on:',
  article: 'Article:',
  chart: 'Chart:',
  key: 'Key:',
};
