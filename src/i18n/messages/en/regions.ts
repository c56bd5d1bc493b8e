/** Messages of the regions area: /results/2025/regions/ and each region's page. */
import { numberWord } from '../../../lib/words.ts';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const regions = {
  belarus: 'Belarus',
  index: {
    lede: (oblasts: number, earlyRange: string) =>
      `Belarus has ${numberWord(oblasts)} oblasts and the capital, Minsk, which counts as a region of its own. The CEC reported turnout for each of them after every day of early voting (${earlyRange}), at noon on election day and at the close of polls.`,
    interim: 'These are the CEC’s interim figures, not the final protocol.',
    measure: (measure: string, gap: string) => `The figure is the ${lowerFirst(measure)}. Candidate shares by region: ${gap}.`,
    tableHeading: 'Turnout, day by day',
    caption: (regionCount: number) =>
      `Cumulative turnout in the ${numberWord(regionCount)} regions and nationally, after each day of early voting and on election day; polling stations; the 2020 figure at the close of polls`,
    region: 'Region',
    pollingStations: 'Polling stations',
    y2020: '2020, 20:00',
    /** `checkpoints`: the checkpoints' labels, joined. */
    nationalOnly: (checkpoints: string, gap: string) => `For ${checkpoints.toLowerCase()} the sources consulted give only the national figure; each region’s reads “${gap}”. `,
    abroadStart: 'No polling stations were opened abroad in 2025 (',
    abroadMiddle: '; in 2020: ',
    abroadEnd: '); citizens abroad could vote at designated stations in Belarus.',
    about2020: (note: string) => `About the 2020 column: ${lowerFirst(note)}`,
    charts: 'Charts',
    notFoundHeading: 'What no source gives',
    eachShown: (gap: string) => `Each is shown as “${gap}”, never as a guess or a zero.`,
  },
  region: {
    /** After the region's name (and, in English and Russian, its Belarusian name in brackets). */
    is: (isCity: boolean, oblasts: number) => ` is ${isCity ? 'the capital, counted as a region of its own' : `one of the ${numberWord(oblasts)} oblasts`}.`,
    /** Before the Belarusian name in brackets ('' where the page does not give it). */
    beNamePrefix: '',
    closeStart: (date: string) => `At the close of polls on ${date} the CEC put turnout here at `,
    nationalBefore: (cmp: 'above' | 'below' | 'equal') => `, ${cmp === 'equal' ? 'equal to' : cmp} the national `,
    nationalAfter: '',
    closeEnd: '.',
    y2020Before: (cmp: 'higher' | 'lower' | 'same') => `That is ${cmp === 'same' ? 'the same as' : `${cmp} than`} the `,
    y2020After: ' reported at the same hour in 2020.',
    interim: 'These are the CEC’s interim figures, reported on the day.',
    turnoutHeading: 'Turnout through early voting and election day',
    measure: (measure: string) => `The ${lowerFirst(measure)}, after each day.`,
    caption: (name: string) => `Cumulative turnout, ${name} and Belarus as a whole`,
    when: 'When',
    pollingHeading: 'Polling stations',
    /** `name`: the region's name in English, its locative in be and ru. */
    pollingIn: (name: string) => `Polling stations in ${name}`,
    pollingNational: 'In Belarus as a whole',
    y2020Heading: '2020, for comparison',
    registered2020: 'Registered voters (pre-election list)',
    turnoutClose2020: 'Turnout at the close of polls',
    share2020: (surname: string) => `${surname}’s share`,
    notFoundHeading: 'What no source gives',
    notFoundItem: (text: string, gap: string) => `${text.replace(/\.$/, '')}: ${gap}.`,
    turnoutGap: (checkpoint: string, gap: string) => `Turnout, ${lowerFirst(checkpoint)}: ${gap}.`,
    otherRegions: 'Other regions',
    allRegions: 'All regions',
  },
};
