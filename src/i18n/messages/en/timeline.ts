/** Messages of the timeline area (English, the model for be/ and ru/). */
export const timeline = {
  lede: (count: number) =>
    `${count} events, from the calling of the election to the inauguration, in date order. Each names its sources; where the sources are thin, the confidence is marked, and a claim only one side makes is reported as that side’s claim.`,
  kinds: 'Kinds of event:',
  categories: {
    process: 'The vote',
    candidates: 'Candidates',
    prisoners: 'Political prisoners',
    international: 'International reaction',
    results: 'Results',
  },
  confidence: {
    medium: 'medium confidence',
    low: 'low confidence',
    'single-source': 'single source',
  },
  /** An approximate date: "about 16 January 2025". */
  about: (date: string) => `about ${date}`,
};
