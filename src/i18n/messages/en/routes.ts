/**
 * Every page's title and description (search results, link previews, the
 * page's own heading), and the section list offered to a lost reader (404)
 * and to a reader without JavaScript (search). Paths are in src/models/routes.ts.
 */
import { SITE_DESCRIPTION, SITE_NAME } from '../../../site.ts';

export const routes = {
  home: { title: SITE_NAME as string, description: SITE_DESCRIPTION as string },
  results: {
    title: '2025 national results',
    description: 'The official results of Belarus’s presidential election of 26 January 2025: votes and shares for each candidate, turnout, preliminary and final figures, each with its source.',
  },
  regions: {
    title: '2025 results by region',
    description: 'Turnout in the six oblasts and Minsk city through the five days of early voting and election day 2025, polling stations, and the 2020 figures for comparison.',
  },
  history: {
    title: 'Presidential votes since 1994',
    description: 'The eight presidential votes in Belarus from 1994 (two rounds) to 2025: turnout, the winner’s share and the runner-up, with the percentage basis of every figure explained.',
  },
  candidates: {
    title: 'The 2025 candidates',
    description: 'The five candidates of 2025: their names in English, Belarusian and Russian, nomination and party, birth, role and result.',
  },
  timeline: {
    title: 'Timeline of the 2025 election',
    description: 'The 2025 presidential campaign and the reactions to it, from the calling of the election to the inauguration, each event dated and sourced.',
  },
  evidence: {
    title: 'Can the official numbers be checked?',
    description: 'What independent evidence exists beside the official figures of Belarus’s 2020 and 2025 presidential elections, item by item: who produced it, how, its limits and its sources, and what was looked for in 2025 and not found.',
  },
  sources: {
    title: 'Sources',
    description: 'Every source this site cites: title, publisher, date and address, mirrors and aggregators labelled, and the pages that use it.',
  },
  about: {
    title: 'About this site and its method',
    description: 'How shares and turnout are computed, the two percentage bases, how names are written, what the figures cannot tell you, and every correction to the data.',
  },
  data: {
    title: 'Download the data',
    description: 'Every dataset behind this site as CSV and JSON, with a JSON Schema, a README, the licence and how to cite it.',
  },
  search: {
    title: 'Search',
    description: 'Search the articles and pages of this site.',
  },
  articles: {
    title: 'Articles',
    // No count and no list of topics: both went stale when the seventh article arrived.
    description: 'Explainers on Belarus’s presidential election of 26 January 2025, each answering one question, with every source cited.',
  },
  charts: {
    title: 'Charts',
    description: 'Every chart of the 2025 Belarusian presidential election and the votes since 1994: each readable without JavaScript, with its data table, CSV and JSON data, PNG and SVG images, and code to embed it.',
  },
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address. The site’s sections are listed here.',
  },
  /** A region's page: its name, and (be, ru) its locative case form for "in …". */
  region: {
    title: (name: string) => `${name}: 2025 turnout`,
    description: (name: string, _locative: string) =>
      `Turnout in ${name} through the five days of early voting and election day 2025, its polling stations, and the 2020 figures for comparison.`,
  },
  sections: {
    results: 'National results',
    regions: 'Results by region',
    history: 'Votes since 1994',
    candidates: 'The candidates',
    timeline: 'Timeline',
    evidence: 'Can the numbers be checked?',
    articles: 'Articles',
    charts: 'Charts',
    data: 'Data downloads',
    sources: 'Sources',
    about: 'About and method',
  },
};
