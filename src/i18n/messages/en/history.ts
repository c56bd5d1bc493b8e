/** Messages of the history area: /history/, the presidential votes since 1994. */
import { numberWord } from '../../../lib/words.ts';

export const history = {
  /** A vote held in rounds: "1994 (round 1)". */
  roundLabel: (year: number, round: number) => `${year} (round ${round})`,
  lede: {
    votes: (count: number, firstYear: number, laterVotes: string) =>
      `Belarus has held ${numberWord(count)} presidential votes since independence: two rounds in ${firstYear}, then one round each in ${laterVotes}.`,
    sameWinner: (name: string) => `${name} came first in every one of them.`,
    official: 'The figures are the official ones; every percentage below says what it is a share of.',
  },
  table: {
    heading: (count: number) => `The ${numberWord(count)} votes`,
    caption: (from: number, to: number) =>
      `Presidential votes in Belarus, ${from}–${to}: turnout, winner and runner-up. Shares are of voters who took part (the CEC’s basis) unless the column says valid votes.`,
    vote: 'Vote',
    pollingDay: 'Polling day',
    turnout: 'Turnout',
    winner: 'Winner',
    votes: 'Votes',
    share: 'Share',
    shareValid: 'Share of valid votes',
    runnerUp: 'Runner-up',
    againstAll: 'Against all',
  },
  confidence: { medium: 'medium confidence', low: 'low confidence', 'single-source': 'single source' },
  note: {
    /** Followed by the link `resultsLink`, then `end`. */
    latest: (label: string, date: string) => `The ${label} row comes from the final results of ${date}: see `,
    resultsLink: 'the 2025 results',
    end: '.',
    vote: (label: string, note: string) => `${label}: ${note} `,
    medium: (medium: string) => `A vote marked “${medium}” has figures the sources do not fully agree on.`,
  },
  bases: {
    heading: 'Two ways to count a share',
    cecBefore: 'Belarus’s Central Election Commission divides each candidate’s votes by ',
    cecStrong: 'all voters who took part',
    cecAfter: ', invalid ballots included.',
    refBefore: (a: string, b: string) => `Reference tables such as ${a} and ${b}’s divide by `,
    refStrong: 'valid votes',
    refAfter: ' only, which gives every candidate a slightly higher share.',
    exampleStart: (label: string) => `In ${label}, for example, the winner’s share was `,
    exampleMiddle: ' on the CEC’s basis and ',
    exampleEnd: ' of valid votes.',
    site: 'This site uses the CEC’s basis throughout and labels the other.',
    turnout: 'Turnout, likewise, is voters who took part divided by registered voters.',
    methodLink: 'More on the method',
  },
  turnoutAlt: {
    heading: 'Other turnout figures',
    start: (label: string) => `${label}: `,
    middle: ' as published; ',
    /** `note` is the alternative figure's note, or ''. */
    end: (note: string) => `${note ? ` (${note.charAt(0).toLowerCase()}${note.slice(1).replace(/\.$/, '')})` : ''}.`,
  },
  exceptions: {
    heading: 'Where the published shares and the counts disagree',
    intro: 'Every share on this page that has published counts behind it is checked against them. These are the only ones that do not match, kept as published:',
    start: (label: string, field: string) => `${label}, ${field}: published `,
    computed: (percent: string) => `; the counts give ${percent}. `,
    fields: {
      'winner.share': 'the winner’s share',
      'winner.shareValid': 'the winner’s share of valid votes',
      'runnerUp.share': 'the runner-up’s share',
      'runnerUp.shareValid': 'the runner-up’s share of valid votes',
      'againstAll.share': 'the against-all share',
      'againstAll.shareValid': 'the against-all share of valid votes',
      'invalid.share': 'the invalid share',
      turnout: 'turnout',
      turnoutAlt: 'the other turnout figure',
    },
  },
  otherShares: {
    heading: 'Other shares you may have seen',
    start: (label: string, percent: string, basis: string) => `${label}: ${percent} (${basis}), against the official `,
    after: '. ',
    bases: { valid: 'valid votes', 'took-part': 'voters who took part', unclear: 'basis unclear' },
  },
  preliminary: {
    heading: 'Preliminary and final',
    intro: 'Where the preliminary announcement differed from the final result:',
    caption: 'Preliminary and final figures of earlier votes',
    vote: 'Vote',
    figure: 'Figure',
    preliminary: 'Preliminary',
    final: 'Final',
    announced: 'preliminary: ',
    figures: { 'winner.share': 'Winner’s share', 'runner-up.share': 'Runner-up’s share', 'against-all.share': 'Against all', turnout: 'Turnout' },
  },
  charts: 'Charts',
};
