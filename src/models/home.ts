/** The home page: the result at a glance, key figures, dates, main charts, articles, what is disputed. */
import type { SiteData } from '../data/site-data.ts';
import type { TimelineEvent } from '../schemas/index.ts';
import { formatDate, formatDateRange } from '../i18n/format.ts';
import { ModelBuilder, type Cited, type PageModel } from './common.ts';
import type { ChartId } from '../schemas/chart-ids.ts';
import { eventSources } from './timeline.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import { candidateName, candidateShortName } from '../i18n/names.ts';
import { figureDisplay } from '../i18n/figures.ts';
import { routeIn } from './routes.ts';

export interface ArticleSummary {
  slug: string;
  /** The language of the title and description: the edition's, or English where the article is not translated. */
  lang?: Locale | undefined;
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
  /** His wins counted from the data (1994 had two rounds). */
  wins: number;
  firstYear: number;
  /** The page description: the site's, then the official result. */
  description: string;
  /** The opening sentences, with {share} and {turnout} where the cited figures go. */
  lede: string;
  /** The number of candidates in 2025. */
  candidateCount: number;
  keyFigures: { label: string; key: string; cited: Cited }[];
  dates: { label: string; text: string; iso: string }[];
  finalAnnounced: string;
  charts: ChartId[];
  disputed: { event: TimelineEvent; nums: number[] }[];
  articles: ArticleSummary[];
}

/** The number of articles listed on the home page. */
const HOME_ARTICLES = 4;

export function homeModel(data: SiteData, articles: readonly ArticleSummary[], locale: Locale = 'en'): HomeModel {
  const t = messages(locale).home;
  const { ds, index } = data;
  const b = new ModelBuilder(data);
  const fin = ds.results2025.final;
  const pre = ds.results2025.preliminary;
  const winner = ds.candidates.find((c) => c.id === 'lukashenka')!;
  const wins = new Set([...ds.elections.filter((e) => e.winner.candidate === winner.id).map((e) => e.year), 2025]).size;

  const share = b.fig('2025.final.lukashenka.share');
  const turnout = b.fig('2025.final.turnout');
  const runnerUp = ds.candidates.find((c) => c.id === 'syrankou')!;
  const k = t.keyFigures;
  const keyFigures = [
    { label: k.winnerShare(candidateShortName(locale, winner)), key: '2025.final.lukashenka.share' },
    { label: k.turnout, key: '2025.final.turnout' },
    { label: k.tookPart, key: '2025.final.took-part' },
    { label: k.registered, key: '2025.final.registered' },
    { label: k.againstAll, key: '2025.final.against-all.share' },
    { label: k.runnerUp(candidateShortName(locale, runnerUp)), key: '2025.final.syrankou.share' },
  ].map((k) => ({ ...k, cited: b.fig(k.key) }));

  const early = ds.turnout2025.checkpoints.filter((c) => c.phase === 'early');
  const d = t.dates;
  const dates = [
    { label: d.early, text: formatDateRange(locale, early[0]!.date, early.at(-1)!.date), iso: early[0]!.date },
    { label: d.pollingDay, text: formatDate(locale, ds.results2025.date), iso: ds.results2025.date },
    { label: d.preliminary, text: formatDate(locale, pre.announced), iso: pre.announced },
    { label: d.final, text: formatDate(locale, fin.announced), iso: fin.announced },
  ];
  const inauguration = ds.timeline.find((e) => e.id === 'inauguration');
  if (inauguration) dates.push({ label: d.inauguration, text: formatDate(locale, inauguration.date.start), iso: inauguration.date.start });

  const charts = (['vote-share-2025', 'turnout-by-region-2025', 'early-voting-2025'] as const).map((id) => b.chart(id));

  const disputed = ds.timeline
    .filter((e) => e.category === 'international' && e.date.start >= ds.results2025.date)
    .map((event) => ({ event, nums: b.sources(eventSources(index, event)) }));

  const winnerName = candidateName(locale, winner);
  const firstYear = Math.min(...ds.elections.map((e) => e.year));
  const pollingDay = ds.results2025.date;
  return {
    cites: b.cites,
    dataAsOf: b.dataAsOf,
    winnerName,
    pollingDay,
    share,
    turnout,
    wins,
    firstYear,
    description: `${routeIn(locale, 'home').description} ${t.description(winnerName, figureDisplay(locale, share.figure), figureDisplay(locale, turnout.figure))}`,
    lede: t.lede(formatDate(locale, pollingDay), winnerName, wins, firstYear),
    candidateCount: ds.candidates.length,
    keyFigures,
    dates,
    finalAnnounced: fin.announced,
    charts,
    disputed,
    articles: articles.slice(0, HOME_ARTICLES),
  };
}
