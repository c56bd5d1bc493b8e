/** The home page: the result at a glance, key figures, dates, main charts, articles, what is disputed. */
import type { SiteData } from '../data/site-data.ts';
import type { TimelineEvent } from '../schemas/index.ts';
import { formatDate, formatDateRange } from '../lib/format.ts';
import { ModelBuilder, type Cited, type PageModel } from './common.ts';
import type { ChartId } from '../schemas/chart-ids.ts';
import { eventSources } from './timeline.ts';
import { ordinalWord } from '../lib/words.ts';

export interface ArticleSummary {
  slug: string;
  title: string;
  description: string;
  published: string;
  updated?: string | undefined;
  sources: string[];
}


export interface HomeModel extends PageModel {
  winnerName: string;
  pollingDay: string;
  share: Cited;
  turnout: Cited;
  /** "seventh": his wins counted from the data (1994 had two rounds). */
  winOrdinal: string;
  firstYear: number;
  keyFigures: { label: string; key: string; cited: Cited }[];
  dates: { label: string; text: string; iso: string }[];
  finalAnnounced: string;
  charts: ChartId[];
  disputed: { event: TimelineEvent; nums: number[] }[];
  articles: ArticleSummary[];
}

/** The number of articles listed on the home page. */
const HOME_ARTICLES = 4;

export function homeModel(data: SiteData, articles: readonly ArticleSummary[]): HomeModel {
  const { ds, index } = data;
  const b = new ModelBuilder(data);
  const fin = ds.results2025.final;
  const pre = ds.results2025.preliminary;
  const winner = ds.candidates.find((c) => c.id === 'lukashenka')!;
  const wins = new Set([...ds.elections.filter((e) => e.winner.candidate === winner.id).map((e) => e.year), 2025]).size;

  const share = b.fig('2025.final.lukashenka.share');
  const turnout = b.fig('2025.final.turnout');
  const keyFigures = [
    { label: `${winner.shortName}’s share`, key: '2025.final.lukashenka.share' },
    { label: 'Turnout', key: '2025.final.turnout' },
    { label: 'Voters who took part', key: '2025.final.took-part' },
    { label: 'Registered voters', key: '2025.final.registered' },
    { label: 'Against all', key: '2025.final.against-all.share' },
    { label: 'Syrankou, the runner-up', key: '2025.final.syrankou.share' },
  ].map((k) => ({ ...k, cited: b.fig(k.key) }));

  const early = ds.turnout2025.checkpoints.filter((c) => c.phase === 'early');
  const dates = [
    { label: 'Early voting', text: formatDateRange(early[0]!.date, early.at(-1)!.date), iso: early[0]!.date },
    { label: 'Polling day', text: formatDate(ds.results2025.date), iso: ds.results2025.date },
    { label: 'Preliminary results', text: formatDate(pre.announced), iso: pre.announced },
    { label: 'Final results approved', text: formatDate(fin.announced), iso: fin.announced },
  ];
  const inauguration = ds.timeline.find((e) => e.id === 'inauguration');
  if (inauguration) dates.push({ label: 'Inauguration', text: formatDate(inauguration.date.start), iso: inauguration.date.start });

  const charts = (['vote-share-2025', 'turnout-by-region-2025', 'early-voting-2025'] as const).map((id) => b.chart(id));

  const disputed = ds.timeline
    .filter((e) => e.category === 'international' && e.date.start >= ds.results2025.date)
    .map((event) => ({ event, nums: b.sources(eventSources(index, event)) }));

  return {
    cites: b.cites,
    dataAsOf: b.dataAsOf,
    winnerName: winner.name,
    pollingDay: ds.results2025.date,
    share,
    turnout,
    winOrdinal: ordinalWord(wins),
    firstYear: Math.min(...ds.elections.map((e) => e.year)),
    keyFigures,
    dates,
    finalAnnounced: fin.announced,
    charts,
    disputed,
    articles: articles.slice(0, HOME_ARTICLES),
  };
}
