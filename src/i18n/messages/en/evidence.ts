/** Messages of the evidence area (English, the model for be/ and ru/). */
import { EVIDENCE_TOPICS } from '../../../schemas/evidence.ts';
const items = (n: number) => `${n} item${n === 1 ? '' : 's'}`;

export const evidence = {
  lede: (found2020: number, found2025: number, notFound2025: number) =>
    `Every result on this site is the Central Election Commission’s own. This page sets beside it what independent evidence exists, topic by topic, for 2020 and for 2025: ${items(found2020)} for 2020, ${items(found2025)} for 2025, and ${notFound2025} kinds of evidence looked for in 2025 and not found.`,
  /** HTML: the paragraph after the lede, with links to the results and history pages. */
  intro: (resultsHref: string, historyHref: string) =>
    `<strong>Nothing here is a result.</strong> Each item is an estimate, a claim, a partial count or an opinion, labelled with who produced it, how, and what it cannot show. Estimates are marked “(estimate)” and are never set beside the official figures as if they measured the same thing. Confidence says how well the sources support that the producer says this; it does not say the estimate is right. The <a href="${resultsHref}">official 2025 results</a> and the <a href="${historyHref}">earlier votes</a> have pages of their own.`,
  notFoundHeading: 'Not found for 2025',
  notFoundIntro: 'Looked for in the sources consulted and not found. That is not proof that none exists; it is what a reader can check today.',
  producersHeading: 'Who produced it',
  producersIntro: 'Every item carries one of six labels, each with its own shape, so the label does not depend on colour:',
  /** The label of an item looked for and not found (beside its hollow mark). */
  notFoundLabel: 'Not found in the sources consulted',
  notFoundMeaning: 'looked for and not found',
  noItem: (year: number) => `No item of this kind for ${year} in the sources consulted.`,
  methodAndLimits: 'Method and limits:',
  sample: 'Sample:',
  /** "Official results compared with ballot photos; limits: not a random sample." */
  methodLimits: (method: string | undefined, limits: string | undefined) =>
    [method, limits ? `limits: ${limits}` : undefined].filter(Boolean).join('; '),
  chartIntro:
    'For 2020 the official share and three independent estimates can be drawn side by side, as long as each bar says what it is a share of: they are different measures, not four measurements of one thing. No such chart exists for 2025: there is no independent count to draw.',
  topics: EVIDENCE_TOPICS as Record<keyof typeof EVIDENCE_TOPICS, string>,
  /** What each producer label means, as the reference defines it. */
  producerMeanings: {
    'independent-civil-society': 'domestic human-rights or observer groups, and networks of them',
    'opposition-aligned': 'initiatives launched with, or affiliated to, opposition campaigns',
    'independent-research': 'think-tank surveys',
    state: 'Belarusian state bodies and state media, or organisations the state accredited',
    'state-invited-international': 'missions invited by Minsk, such as the CIS mission',
    'international-body': 'the OSCE and its election office, UN mandate holders and similar bodies',
  },
  confidence: {
    high: 'High confidence: the producer’s own text, or two independent sources, say this',
    medium: 'Medium confidence: one reputable secondary source',
    low: 'Low confidence: one partisan or unclear source',
    'single-source': 'A single source',
  },
};
