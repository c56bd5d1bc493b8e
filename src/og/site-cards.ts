/**
 * The social cards of this build: the list from the page models
 * (src/models/cards.ts) over the site's data and articles, and each card
 * drawn once. Base.astro reads the list for og:image and its alt text; the
 * endpoints under src/pages/og/ serve the images and the manifest.
 */
import { getSiteData } from '../data/load.ts';
import { writtenIn } from '../articles/collection.ts';
import { LOCALES } from '../i18n/locales.ts';
import { siteCards } from '../models/cards.ts';
import { renderCard, type CardResult } from './render.ts';
import { CARD_DIR, ogCardPath, type CardSpec } from './spec.ts';

let cards: Promise<CardSpec[]> | undefined;

export function getSiteCards(): Promise<CardSpec[]> {
  cards ??= Promise.all(LOCALES.map(async (locale) => (await writtenIn(locale)).map((a) => ({ slug: a.slug, title: a.data.title, locale }))))
    .then((perLocale) => siteCards(getSiteData(), perLocale.flat()));
  return cards;
}

/** The card of the page at `path`, or undefined when the page has none (chart pages bring their own image). */
export async function getSiteCard(path: string): Promise<CardSpec | undefined> {
  return (await getSiteCards()).find((c) => c.path === path);
}

const drawn = new Map<string, CardResult>();

/** The card drawn (once per build). */
export function drawnCard(spec: CardSpec): CardResult {
  let hit = drawn.get(spec.path);
  if (!hit) {
    hit = renderCard(spec);
    drawn.set(spec.path, hit);
  }
  return hit;
}

/** The endpoint parameter for a card: '/og/results/2025.png' → 'results/2025'. */
export function cardSlug(spec: CardSpec): string {
  return ogCardPath(spec.path).slice(CARD_DIR.length, -'.png'.length);
}
