/** /about/: method, the two bases, names, caveats, corrections. */
import type { SiteData } from '../data/site-data.ts';
import type { Candidate, ChangelogEntry, TimelineEvent } from '../schemas/index.ts';
import { ModelBuilder, textSources, type Cited, type PageModel } from './common.ts';
import { eventDateText, eventSources } from './timeline.ts';
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
  observation: { event: TimelineEvent; dateText: string; nums: number[] }[];
  abroad: Cited;
  /** Foreign observers Belarus accredited (a state figure). */
  observersForeign: Cited;
  changelog: { entry: ChangelogEntry; nums: number[] }[];
  /** Corrections to the text, newest first. */
  corrections: CorrectionItem[];
  lastUpdated: string | undefined;
}

export function changeAnchor(id: string): string {
  return `change-${id}`;
}

/** Events that bear on independent observation of the vote. */
const OBSERVATION_EVENTS = ['odihr-no-invitation', 'odihr-invited', 'odihr-declines'];

export function aboutModel(data: SiteData, articles: readonly { slug: string; title: string }[] = []): AboutModel {
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
    ? { label: e.year === 1994 ? `1994 (round ${e.round})` : String(e.year), share: b.fig(`${e.id}.winner.share`), shareValid: b.fig(`${e.id}.winner.share-valid`) }
    : undefined;
  const observation = ds.timeline
    .filter((x) => OBSERVATION_EVENTS.includes(x.id))
    .map((event) => ({ event, dateText: eventDateText(event), nums: b.sources(eventSources(index, event)) }));
  const abroad = b.fig('2025.polling-stations.abroad');
  const observersForeign = b.fig('2025.observers.foreign');
  const changelog = ds.changelog.map((entry) => ({ entry, nums: b.sources([...new Set([...entry.sources, ...textSources(index, entry.title, entry.change, entry.reason)])]) }));
  const lastUpdated = ds.changelog.map((c) => c.date).sort().at(-1);
  const corrections = correctionItems(data, articles);
  return {
    cites: b.cites, dataAsOf: b.dataAsOf,
    turnout, turnoutBallots, tookPart, ballotsIssued, registered, notReturned, share, validExample,
    candidates: ds.candidates, observation, abroad, observersForeign, changelog, corrections, lastUpdated,
  };
}
