/**
 * A social card: the 1200×630 image every page gets for link previews
 * (og:image, twitter:image), drawn at build time from the page's title and
 * its key figure. Base.astro writes the card's spec into the page head
 * (<meta name="social-card">); src/og/integration.ts reads it after the
 * build, draws the image to /og/<route>.png and writes /og/manifest.json.
 *
 * Plain TypeScript with erasable syntax: Astro, Vitest and the integration
 * (loaded with astro.config.mjs) all import it.
 */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
export const CARD_META_NAME = 'social-card';
export const CARD_DIR = '/og/';
export const CARD_MANIFEST = '/og/manifest.json';

export type CardStage = 'intermediate' | 'preliminary' | 'final';

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
  /** The page's route path ('/results/2025/'), without the base path. */
  path: string;
  title: string;
  figure?: CardFigure | undefined;
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

/** Reads a spec back from its JSON (the meta's content), refusing anything malformed. */
export function parseCardSpec(json: string, where: string): CardSpec {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch (error) {
    throw new Error(`${where}: the social-card meta is not JSON (${(error as Error).message})`);
  }
  const o = v as Record<string, unknown>;
  if (!o || typeof o !== 'object' || typeof o.path !== 'string' || typeof o.title !== 'string' || o.title.trim() === '') {
    throw new Error(`${where}: the social-card meta needs a "path" and a "title", found ${json}`);
  }
  const spec: CardSpec = { path: o.path, title: o.title };
  if (o.figure !== undefined) {
    const f = o.figure as Record<string, unknown>;
    if (!f || typeof f.label !== 'string' || typeof f.value !== 'string') throw new Error(`${where}: the social-card figure needs a "label" and a "value", found ${JSON.stringify(o.figure)}`);
    spec.figure = {
      label: f.label,
      value: f.value,
      key: typeof f.key === 'string' ? f.key : undefined,
      stage: f.stage === 'intermediate' || f.stage === 'preliminary' || f.stage === 'final' ? f.stage : undefined,
      note: typeof f.note === 'string' ? f.note : undefined,
    };
  }
  return spec;
}
