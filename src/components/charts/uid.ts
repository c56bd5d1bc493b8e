// Ids for the elements of each <ChartFigure> on a page. A counter, not the
// chart id alone: a page may show the same chart twice (an article and its
// "related charts"), and ids must stay unique. One counter per edition, so
// the pages of one edition number their charts the same whatever else the
// build renders (English pages keep their ids as the editions are added).
import type { Locale } from '../../i18n/locales.ts';

const counters = new Map<Locale, number>();

export function nextChartUid(chartId: string, locale: Locale = 'en'): string {
  const n = (counters.get(locale) ?? 0) + 1;
  counters.set(locale, n);
  return `chart-${chartId}-${locale === 'en' ? '' : `${locale}-`}${n}`;
}
