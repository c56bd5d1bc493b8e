/**
 * Messages of the search area (English, the model for be/ and ru/). The
 * status lines are templates the browser fills in: {n} the count, {q} the
 * query, {max} the number shown, {more} the `more` clause or nothing; one
 * result line per plural category of the language (Intl.PluralRules picks).
 */
export const search = {
  noJsStrong: 'Search needs JavaScript',
  noJsRest: ', which is turned off or has not loaded in this browser. Every page can be reached from the links below.',
  label: 'Search articles and pages',
  button: 'Search',
  hint: (name: string) => `For example: joint statement, turnout, ${name}.`,
  /** Said on the Belarusian search page only: the index has no Belarusian stemming. */
  stemming: '',
  results: 'Search results',
  browse: 'Or browse',
  status: {
    searching: 'Searching…',
    none: 'No results for “{q}”.',
    found: { one: '{n} result for “{q}”{more}.', few: '', many: '', other: '{n} results for “{q}”{more}.' },
    more: '; the first {max} are shown',
    failed: 'Search could not be loaded. Try again, or use the links below.',
  },
};
