/** Words every page shares: figure statuses and flags, stages, the gap text, producers, citations and reference lists. */
import { PRODUCER_LABELS } from '../../../schemas/evidence.ts';
export const common = {
  gap: 'no official figure found',
  gapLong: 'no official figure found in the sources consulted',
  figureTitle: {
    notFound: 'Not found in the sources consulted',
    rounded: 'As reported, rounded; not an exact count',
    derived: (formula: string) => `Computed by us: ${formula}`,
    /** `producer` is already lower-case, or '' when unknown; `of` is what the estimate counts. */
    estimate: (producer: string, of: string) => `Estimate, not official${producer ? ` (${producer})` : ''}: a share or count of ${of || 'an unstated group'}`,
  },
  flags: {
    rounded: '(reported, rounded)',
    derived: '(computed)',
    estimate: '(estimate)',
    singleSource: '(single source)',
  },
  qualifiers: { about: 'about', 'at-least': 'at least', 'more-than': 'more than', nearly: 'nearly' },
  units: { thousand: 'thousand', million: 'million' },
  stages: {
    final: 'final',
    preliminary: 'preliminary',
    intermediate: 'CEC interim figure',
    electionNight: 'CEC election-night figure',
  },
  statuses: {
    published: 'published',
    'reported-rounded': 'reported rounded',
    derived: 'computed by us',
    'not-found': 'no official figure found',
    estimate: 'estimate (not official)',
  },
  producers: PRODUCER_LABELS as Record<keyof typeof PRODUCER_LABELS, string>,
  cite: {
    /** Accessible name of a citation mark "[3]". */
    source: (n: number) => `source ${n}`,
  },
  references: {
    heading: 'Sources',
    noUrl: 'No URL held.',
    allUses: 'All uses of this source',
    kinds: { mirror: 'mirror', aggregator: 'aggregator', reposting: 'reposting' },
  },
};
