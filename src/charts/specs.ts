// The registry as pages see it: specs built from the site's validated
// dataset (src/data/load.ts), once per build. An unknown id stops the build
// with a message naming the known ones and who asked.

import { getSiteData } from '../data/load.ts';
import { CHART_IDS } from '../schemas/chart-ids.ts';
import type { ChartSpec } from './contract.ts';
import { buildChartSpec } from './registry.ts';

const cache = new Map<string, ChartSpec>();

/** The spec of chart `id`; `where` (a page path or article file) goes into the error for an unknown id. */
export function getChartSpec(id: string, where?: string): ChartSpec {
  const hit = cache.get(id);
  if (hit) return hit;
  const spec = buildChartSpec(id, getSiteData(), where);
  cache.set(id, spec);
  return spec;
}

export function getAllChartSpecs(): ChartSpec[] {
  return CHART_IDS.map((id) => getChartSpec(id));
}
