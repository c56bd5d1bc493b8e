/** /about/: method, the two bases, names, caveats, corrections. */
import type { SiteData } from '../data/site-data.ts';
import type { Candidate, ChangelogEntry, TimelineEvent } from '../schemas/index.ts';
import { ModelBuilder, textSources, type Cited, type PageModel } from './common.ts';
import { eventDateText, eventSources } from './timeline.ts';
import type { Locale } from '../i18n/locales.ts';
import { localText } from '../i18n/data-text.ts';
import { messages } from '../i18n/messages/index.ts';
import { localePath } from '../i18n/editions.ts';
import { PAGE_EDITIONS, type PageName } from '../i18n/page-editions.ts';
import { href } from '../lib/url.ts';
import { correctionItems, type CorrectionItem } from './corrections.ts';

export interface AboutModel extends PageModel {
  turnout: Cited;
  turnoutBallots: Cited;
  tookPart: Cited;
  ballotsIssued: Cited;
  registered: Cited;
  notReturned: Cited;
  share: Cited;
  validExample: { label: string; share: Cited; shareValid: Cited } | undefined;
  candidates: Candidate[];
  observation: { event: TimelineEvent; dateText: string; text: string; nums: number[] }[];
  abroad: Cited;
  /** Foreign observers Belarus accredited (a state figure). */
  observersForeign: Cited;
  changelog: { entry: ChangelogEntry; title: string; change: string; reason: string; nums: number[] }[];
  /** The note of the polling-stations-abroad figure, in the edition. */
  abroadNote: string;
  /** Corrections to the text, newest first. */
  corrections: CorrectionItem[];
  lastUpdated: string | undefined;
}

export function changeAnchor(id: string): string {
  return `change-${id}`;
}

/** Events that bear on independent observation of the vote. */
const OBSERVATION_EVENTS = ['odihr-no-invitation', 'odihr-invited', 'odihr-declines'];



export function aboutModel(data: SiteData, articles: readonly { slug: string; title: string }[] = [], locale: Locale = 'en'): AboutModel {
  const { ds, index } = data;
  const b = new ModelBuilder(data);
  const turnout = b.fig('2025.final.turnout');
  const turnoutBallots = b.fig('2025.final.turnout-ballots-issued');
  const tookPart = b.fig('2025.final.took-part');
  const ballotsIssued = b.fig('2025.final.ballots-issued');
  const registered = b.fig('2025.final.registered');
  const notReturned = b.fig('2025.final.ballots-not-returned');
  const share = b.fig('2025.final.lukashenka.share');
  const e = [...ds.elections].reverse().find((x) => x.winner.shareValid?.status === 'published' && x.winner.share.status === 'published');
  const validExample = e
    ? { label: messages(locale).about.electionLabel(e.year, e.round), share: b.fig(`${e.id}.winner.share`), shareValid: b.fig(`${e.id}.winner.share-valid`) }
    : undefined;
  const observation = ds.timeline
    .filter((x) => OBSERVATION_EVENTS.includes(x.id))
    .map((event) => ({ event, dateText: eventDateText(event, locale), text: localText(locale, event, 'text'), nums: b.sources(eventSources(index, event)) }));
  const abroad = b.fig('2025.polling-stations.abroad');
  const observersForeign = b.fig('2025.observers.foreign');
  const changelog = ds.changelog.map((entry) => ({
    entry, title: localText(locale, entry, 'title'), change: localText(locale, entry, 'change'), reason: localText(locale, entry, 'reason'),
    nums: b.sources([...new Set([...entry.sources, ...textSources(index, entry.title, entry.change, entry.reason)])]) }));
  const lastUpdated = ds.changelog.map((c) => c.date).sort().at(-1);
  const corrections = correctionItems(data, articles, locale);
  const abroadNote = localText(locale, ds.results2025.pollingStationsAbroad, 'note');
  return {
    cites: b.cites, dataAsOf: b.dataAsOf,
    turnout, turnoutBallots, tookPart, ballotsIssued, registered, notReturned, share, validExample,
    candidates: ds.candidates, observation, abroad, abroadNote, observersForeign, changelog, corrections, lastUpdated,
  };
}
