/** Messages of the candidates area: /candidates/. */
import { numberWord, ordinalWord } from '../../../lib/words.ts';

export const candidates = {
  lede: {
    registeredBefore: 'The CEC registered ',
    /** After the count of registered candidates. */
    registeredAfter: (_count: number) => ' candidates.',
    order: 'They are listed here in the order of their final result.',
    names: 'Names are written in the Belarusian-based transliteration; the other spellings found in the sources, and the names in Belarusian and Russian Cyrillic, follow each one.',
    namesLink: 'How names are written',
  },
  result: 'Result',
  /** After the count of votes, in brackets. */
  votes: (_count: number) => ' votes',
  winner: 'declared the winner',
  place: (place: number, of: number) => `${ordinalWord(place)} of ${numberWord(of)}`,
  /** The site's own English form (shown in the editions in other languages). */
  english: 'In English',
  otherEnglish: 'Other English forms',
  belarusian: 'Belarusian',
  russian: 'Russian',
  nomination: 'Nomination',
  party: 'Party',
  born: 'Born',
  /** Dates the sources give for one birth, when they disagree. */
  birthDates: (dates: string[]) => dates.join(' or '),
  conflict: 'The sources disagree on the date: ',
  role: 'Role',
  signatures: 'Valid signatures at registration',
  sourcesOn: (name: string) => `Sources on ${name}`,
  references: 'References',
  resultsLink: 'The full results',
  timelineLink: 'How the candidates were registered, on the timeline',
};
