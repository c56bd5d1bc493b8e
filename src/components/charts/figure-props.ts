import type { Citations } from '../../lib/citations.ts';
import type { Locale } from '../../i18n/locales.ts';

/** What every chart figure takes: <ChartFigure>, its bar/line and map forms, and their embed bodies. */
export interface ChartFigureProps {
  /** A chart id from src/schemas/chart-ids.ts. */
  id: string;
  /** The edition the figure is written in (default English). */
  locale?: Locale | undefined;
  /** The title's heading level; default: a paragraph, so the figure never breaks a page's outline. */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  /** Where the table goes: in a closed <details> (default), shown, or left out (the page shows it elsewhere). */
  table?: 'details' | 'open' | 'none';
  /** The page's citation numbering; the source line then also gives the numbers of the page's reference list. */
  cites?: Citations | undefined;
  /** Open links in a new tab (embeds: a link must not navigate someone else's frame). */
  external?: boolean;
  /** Link to the chart's own page (data, downloads, embed code); default true. */
  chartLink?: boolean;
}
