/** /results/2025/regions/ and one page per region. */
import type { SiteData } from '../data/site-data.ts';
import type { Checkpoint, Dataset, Region } from '../schemas/index.ts';
import { ModelBuilder, type Cited, type PageModel } from './common.ts';
import type { ChartId } from '../schemas/chart-ids.ts';
import type { Locale } from '../i18n/locales.ts';
import { messages } from '../i18n/messages/index.ts';
import { regionName } from '../i18n/names.ts';
import { localList, localText } from '../i18n/data-text.ts';

const NATIONAL = 'belarus';

export function sortedRegions(ds: Dataset): Region[] {
  return [...ds.regions].sort((a, b) => a.order - b.order);
}

interface RegionRow {
  region: Region | undefined;
  /** 'belarus' or the region id. */
  area: string;
  name: string;
  pollingStations: Cited;
  values: Cited[];
  turnout2020: Cited | undefined;
}

export interface RegionsModel extends PageModel {
  checkpoints: Checkpoint[];
  measure: string;
  rows: RegionRow[];
  abroad2025: Cited;
  abroad2020: Cited;
  regions2020Note: string;
  notFound: string[];
  charts: ChartId[];
}

function row(b: ModelBuilder, ds: Dataset, area: string, locale: Locale): RegionRow {
  const region = ds.regions.find((r) => r.id === area);
  return {
    region,
    area,
    name: region ? regionName(locale, region) : messages(locale).regions.belarus,
    pollingStations: b.fig(`2025.polling-stations.${area}`),
    values: ds.turnout2025.checkpoints.map((c) => b.fig(`2025.turnout.${area}.${c.id}`)),
    turnout2020: region ? b.optFig(`2020.regions.${area}.turnout-close`) : undefined,
  };
}

export function regionsModel(data: SiteData, locale: Locale = 'en'): RegionsModel {
  const { ds } = data;
  const b = new ModelBuilder(data);
  const rows = [...sortedRegions(ds).map((r) => row(b, ds, r.id, locale)), row(b, ds, NATIONAL, locale)];
  const abroad2025 = b.fig('2025.polling-stations.abroad');
  const abroad2020 = b.fig('2020.abroad.polling-stations');
  const charts = (['turnout-by-region-2025', 'early-voting-by-region-2025', 'turnout-2020-vs-2025-by-region'] as const).map((id) => b.chart(id));
  return {
    cites: b.cites,
    dataAsOf: b.dataAsOf,
    checkpoints: ds.turnout2025.checkpoints,
    measure: localText(locale, ds.turnout2025, 'measure'),
    rows,
    abroad2025,
    abroad2020,
    regions2020Note: localText(locale, ds.regions2020, 'note'),
    notFound: localList(locale, ds.turnout2025, 'notFound'),
    charts,
  };
}

export interface RegionModel extends PageModel {
  region: Region;
  previous: Region | undefined;
  next: Region | undefined;
  checkpoints: Checkpoint[];
  measure: string;
  /** Per checkpoint: the region's figure and the national one. */
  turnout: { checkpoint: Checkpoint; region: Cited; national: Cited }[];
  close: Cited;
  nationalClose: Cited;
  pollingStations: Cited;
  nationalPollingStations: Cited;
  /** The 2020 figures for the region, where the dataset has them. */
  y2020: { registered: Cited; turnoutClose: Cited; lukashenkaShare: Cited; tsikhanouskayaShare: Cited } | undefined;
  regions2020Note: string;
  notFound: string[];
}

export function regionModel(data: SiteData, id: string, locale: Locale = 'en'): RegionModel {
  const { ds } = data;
  const regions = sortedRegions(ds);
  const i = regions.findIndex((r) => r.id === id);
  if (i < 0) throw new Error(`regionModel: expected a region id from content/data/regions.json, found "${id}"`);
  const region = regions[i]!;
  const b = new ModelBuilder(data);
  const close = ds.turnout2025.checkpoints.at(-1)!;
  const closeFig = b.fig(`2025.turnout.${id}.${close.id}`);
  const nationalClose = b.fig(`2025.turnout.${NATIONAL}.${close.id}`);
  const pollingStations = b.fig(`2025.polling-stations.${id}`);
  const nationalPollingStations = b.fig(`2025.polling-stations.${NATIONAL}`);
  const turnout = ds.turnout2025.checkpoints.map((checkpoint) => ({
    checkpoint,
    region: b.fig(`2025.turnout.${id}.${checkpoint.id}`),
    national: b.fig(`2025.turnout.${NATIONAL}.${checkpoint.id}`),
  }));
  const has2020 = ds.regions2020.regions.some((r) => r.region === id);
  const y2020 = has2020
    ? {
        turnoutClose: b.fig(`2020.regions.${id}.turnout-close`),
        registered: b.fig(`2020.regions.${id}.registered`),
        lukashenkaShare: b.fig(`2020.regions.${id}.lukashenka-share`),
        tsikhanouskayaShare: b.fig(`2020.regions.${id}.tsikhanouskaya-share`),
      }
    : undefined;
  return {
    cites: b.cites,
    dataAsOf: b.dataAsOf,
    region,
    previous: regions[i - 1],
    next: regions[i + 1],
    checkpoints: ds.turnout2025.checkpoints,
    measure: localText(locale, ds.turnout2025, 'measure'),
    turnout,
    close: closeFig,
    nationalClose,
    pollingStations,
    nationalPollingStations,
    y2020,
    regions2020Note: localText(locale, ds.regions2020, 'note'),
    notFound: localList(locale, ds.turnout2025, 'notFound'),
  };
}
