// The registry as pages see it: specs built from the site's validated
// dataset (src/data/load.ts), once per build (the same cache the page
// models use, src/charts/registry.ts). An unknown id stops the build
// with a message naming the known ones and who asked.

import { getSiteData } from '../data/load.ts';
import { CHART_IDS, type ChartId } from '../schemas/chart-ids.ts';
import { MissingTextError } from './locale.ts';
import type { ChartSpec } from './contract.ts';
import { chartSpecFor } from './registry.ts';
import type { Locale } from '../i18n/locales.ts';

/** The spec of chart `id`; `where` (a page path or article file) goes into the error for an unknown id. */
export function getChartSpec(id: string, where?: string, locale: Locale = 'en'): ChartSpec {
  return chartSpecFor(getSiteData(), id, locale, where);
}

export function getAllChartSpecs(locale: Locale = 'en'): ChartSpec[] {
  return CHART_IDS.map((id) => getChartSpec(id, undefined, locale));
}

/**
 * The charts written in an edition: every chart in English; in be and ru,
 * every chart whose quoted data text (figure notes, evidence limitations)
 * has that edition's version in content/data. A chart without it is not
 * generated in that edition (its page, files and embed), rather than show
 * English or leave a note out.
 */
const idsIn = new Map<Locale, ChartId[]>();
export function chartIdsIn(locale: Locale): ChartId[] {
  const hit = idsIn.get(locale);
  if (hit) return hit;
  const ids = CHART_IDS.filter((id) => {
    try {
      getChartSpec(id, undefined, locale);
      return true;
    } catch (e) {
      if (e instanceof MissingTextError) return false;
      throw e;
    }
  });
  idsIn.set(locale, ids);
  return ids;
}
