// The registry as pages see it: specs built from the site's validated
// dataset (src/data/load.ts), once per build (the same cache the page
// models use, src/charts/registry.ts). An unknown id stops the build
// with a message naming the known ones and who asked.

import { getSiteData } from '../data/load.ts';
import { CHART_IDS } from '../schemas/chart-ids.ts';
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
