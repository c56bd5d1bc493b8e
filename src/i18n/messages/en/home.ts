/** Messages of the home area (English, the model for be/ and ru/); also the 404 page's words. */
import { numberWord, ordinalWord } from '../../../lib/words.ts';

export const home = {
  /** The page description after the site's: the official result in one sentence. */
  description: (winner: string, share: string, turnout: string) => `Official result: ${winner} ${share}, turnout ${turnout}.`,
  /** {share} and {turnout} are the figures, each with its citation. */
  lede: (pollingDay: string, winner: string, wins: number, firstYear: number) =>
    `On ${pollingDay} Belarus elected its president. The Central Election Commission (CEC) declared ${winner} the winner with {share} of the vote, on a turnout of {turnout}: his ${ordinalWord(wins)} win since ${firstYear}.`,
  caveat: 'These are official figures; no independent observers verified the count, and the EU and several Western governments called the election a sham.',
  keyFiguresHeading: 'Key figures',
  keyFigures: {
    winnerShare: (name: string) => `${name}’s share`,
    turnout: 'Turnout',
    tookPart: 'Voters who took part',
    registered: 'Registered voters',
    againstAll: 'Against all',
    runnerUp: (name: string) => `${name}, the runner-up`,
  },
  source: 'Source',
  links: {
    results: 'Full results, preliminary and final',
    regions: 'Results by region',
    history: (firstYear: number) => `Every vote since ${firstYear}`,
    timeline: 'The full timeline',
    candidates: (n: number) => `The ${numberWord(n)} candidates`,
  },
  datesHeading: 'Status and dates',
  dates: {
    early: 'Early voting',
    pollingDay: 'Polling day',
    preliminary: 'Preliminary results',
    final: 'Final results approved',
    inauguration: 'Inauguration',
  },
  chartsHeading: 'The main charts',
  articlesHeading: 'Latest articles',
  updated: (date: string) => `updated ${date}`,
  allArticles: 'All articles',
  disputedHeading: 'What is disputed',
  disputedIntro: 'The figures are the CEC’s. Whether the vote was free and fair is a judgement, and these are the judgements of others, each dated and sourced:',
  fullTimeline: 'The full timeline, from the calling of the election to the inauguration',
  evidenceQuestion: 'Can the official numbers be checked?',
  evidenceLink: 'What independent evidence exists for 2020 and 2025, and what was not found',
  /** The 404 page (one file for every address, so it speaks all three languages). */
  notFound: {
    heading: 'Page not found',
    text: 'There is no page at this address. It may have moved, or the link may be mistyped.',
    /** {home} and {search} are links. */
    next: '{home} or {search}. The sections:',
    home: 'Go to the home page',
    /** The link to this language's block at the top of the page. */
    inLanguage: 'In English',
    search: 'search the site',
  },
};
