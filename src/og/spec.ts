/**
 * A social card: the 1200×630 image every page gets for link previews
 * (og:image, twitter:image), drawn at build time from the page's title and
 * its key figure. src/models/cards.ts lists every page's card; the endpoints
 * under src/pages/og/ draw each to /og/<route>.png and write
 * /og/manifest.json; Base.astro points og:image at it.

 */
import type { Locale } from '../i18n/locales.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_DIR = '/og/';
const CARD_MANIFEST = '/og/manifest.json';

type CardStage = 'intermediate' | 'preliminary' | 'final';

/** The key figure a card shows, as the page shows it. */
export interface CardFigure {
  /** "Lukashenka’s share" */
  label: string;
  /** As the house formats write it: "86.82%", "5,325". */
  value: string;
  /** The figure key, where the value is a figure of the dataset. */
  key?: string | undefined;
  stage?: CardStage | undefined;
  /** "final, 3 February 2025": the stage and date as the page words them. */
  note?: string | undefined;
}

export interface CardSpec {
  /** The edition the card is written in. */
  locale: Locale;
  /** The page's route path in its edition ('/results/2025/', '/be/results/2025/'), without the base path. */
  path: string;
  title: string;
  figure?: CardFigure | undefined;
}

interface ManifestEntry extends CardSpec {
  /** The image's route path ('/og/results/2025.png'), without the base path. */
  image: string;
  /** The key figure's stage, where the card shows one. */
  stage: string | null;
  /** Every string drawn on the card, in drawing order. */
  texts: string[];
}

export interface CardManifest {
  generated: string;
  width: number;
  height: number;
  cards: ManifestEntry[];
}

/**
 * The card's route path: '/' → '/og/index.png', '/results/2025/' →
 * '/og/results/2025.png'. Pass it through href()/absoluteUrl() for the base.
 */
export function ogCardPath(routePath: string): string {
  if (!routePath.startsWith('/')) throw new Error(`ogCardPath: expected a route path starting with "/", got ${JSON.stringify(routePath)}`);
  const trimmed = routePath.replace(/^\/+|\/+$/g, '');
  if (trimmed.split('/').some((s) => s === '..' || s === '.')) throw new Error(`ogCardPath: no dot segments, got ${JSON.stringify(routePath)}`);
  return `${CARD_DIR}${trimmed === '' ? 'index' : trimmed}.png`;
}

/** The image's text alternative: what the card says, in one sentence. */
export function cardAlt(spec: Pick<CardSpec, 'title' | 'figure'>, siteName: string): string {
  const head = spec.title === siteName ? siteName : `${spec.title} (${siteName})`;
  if (!spec.figure) return `${head}.`;
  const note = spec.figure.note ? ` (${spec.figure.note})` : '';
  return `${head}. ${spec.figure.label}: ${spec.figure.value}${note}.`;
}
