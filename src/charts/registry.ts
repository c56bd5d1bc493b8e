// The chart registry: every chart id (src/schemas/chart-ids.ts) mapped to its
// definition. Bar and line charts are defined one per file under
// src/charts/definitions/ and assembled by src/charts/assemble.ts; maps are
// built by src/charts/map/spec.ts. Every number and date in a chart's words
// comes from the data.
//
// Plain TypeScript (explicit .ts imports, erasable syntax): Node 24 runs it
// without a bundler, so scripts and unit tests use it as pages do. Pages reach
// it through src/charts/specs.ts, which supplies the site's data.

import type { SiteData } from '../data/site-data.ts';
import type { Locale } from '../i18n/locales.ts';
import { CANVAS_CHART_IDS, CHART_IDS, isChartId, isMapChartId, type CanvasChartId } from '../schemas/chart-ids.ts';
import { buildCanvasSpec, chartFigureProblems } from './assemble.ts';
import { UnknownChartError, type ChartSpec, type Definition } from './contract.ts';
import { buildMapSpec } from './map/spec.ts';
import { definition as againstAllVsRunnerUp } from './definitions/against-all-vs-runner-up.ts';
import { definition as earlyVoting2025 } from './definitions/early-voting-2025.ts';
import { definition as earlyVotingByRegion2025 } from './definitions/early-voting-by-region-2025.ts';
import { definition as lukashenka2020OfficialVsEstimates } from './definitions/lukashenka-2020-official-vs-estimates.ts';
import { definition as turnout2020vs2025ByRegion } from './definitions/turnout-2020-vs-2025-by-region.ts';
import { definition as turnoutByRegion2025 } from './definitions/turnout-by-region-2025.ts';
import { definition as turnoutHistory } from './definitions/turnout-history.ts';
import { definition as voteShare2025 } from './definitions/vote-share-2025.ts';
import { definition as winnerShareHistory } from './definitions/winner-share-history.ts';

// Names the embed layout and the chart components import from here; their own
// modules are src/charts/contract.ts and src/site.ts.
export type { ChartSpec } from './contract.ts';

const DEFINITIONS = {
  'vote-share-2025': voteShare2025,
  'turnout-by-region-2025': turnoutByRegion2025,
  'early-voting-2025': earlyVoting2025,
  'early-voting-by-region-2025': earlyVotingByRegion2025,
  'turnout-history': turnoutHistory,
  'winner-share-history': winnerShareHistory,
  'against-all-vs-runner-up': againstAllVsRunnerUp,
  'turnout-2020-vs-2025-by-region': turnout2020vs2025ByRegion,
  'lukashenka-2020-official-vs-estimates': lukashenka2020OfficialVsEstimates,
} satisfies Record<CanvasChartId, Definition>;

/**
 * The spec of chart `id`, from the site's data. An id that is not in
 * src/schemas/chart-ids.ts throws a message naming the known ids; `where`
 * says who asked (a page, an article), for that message.
 */
export function buildChartSpec(id: string, data: SiteData, where?: string, locale: Locale = 'en'): ChartSpec {
  if (!isChartId(id)) throw new UnknownChartError(id, where);
  if (isMapChartId(id)) return buildMapSpec(id, data.ds, data.index, locale);
  return buildCanvasSpec(id, DEFINITIONS[id], data, locale);
}

/**
 * The spec of chart `id` for `data` in an edition, built once per dataset
 * and edition: page models ask for the specs of the charts they show on every
 * page render and on /sources/, and a spec is a pure function of the data and
 * the edition, so the first answer serves them all. Keyed by the figure
 * index, which a loaded SiteData keeps for its life, then by edition and id.
 *
 *   chartSpecFor(data, 'vote-share-2025', 'be')
 *
 * The older form `chartSpecFor(id, data, where?)` gives the English spec.
 */
const memo = new WeakMap<SiteData['index'], Map<string, ChartSpec>>();
export function chartSpecFor(data: SiteData, id: string, locale?: Locale, where?: string): ChartSpec;
export function chartSpecFor(id: string, data: SiteData, where?: string): ChartSpec;
export function chartSpecFor(a: SiteData | string, b: string | SiteData, c?: string, d?: string): ChartSpec {
  const [data, id, locale, where] = typeof a === 'string' ? [b as SiteData, a, 'en' as Locale, c] : [a, b as string, (c ?? 'en') as Locale, d];
  let specs = memo.get(data.index);
  if (!specs) memo.set(data.index, (specs = new Map()));
  const key = `${locale}:${id}`;
  let spec = specs.get(key);
  if (!spec) specs.set(key, (spec = buildChartSpec(id, data, where, locale)));
  return spec;
}

/** Every chart's spec, in the order of src/schemas/chart-ids.ts. */
export function buildAllChartSpecs(data: SiteData, locale: Locale = 'en'): ChartSpec[] {
  return CHART_IDS.map((id) => buildChartSpec(id, data, undefined, locale));
}

/** Every chart's figure problems, for `npm run validate`. */
export function allChartFigureProblems(data: SiteData): string[] {
  // Maps draw official figures only, through their own spec (src/charts/map/).
  return CANVAS_CHART_IDS.flatMap((id) => {
    const def: Definition = DEFINITIONS[id];
    return chartFigureProblems(id, def.derive(data), def.estimates === true);
  });
}
