// /og/manifest.json: the text drawn on each page's social card, so tests (and
// anyone checking a preview) can read what the image says.
import type { APIRoute } from 'astro';
import { drawnCard, getSiteCards } from '../../og/site-cards.ts';
import { CARD_HEIGHT, CARD_WIDTH, ogCardPath, type CardManifest } from '../../og/spec.ts';

export const GET: APIRoute = async () => {
  const cards = (await getSiteCards()).map((spec) => ({ ...spec, image: ogCardPath(spec.path), stage: spec.figure?.stage ?? null, texts: drawnCard(spec).texts }));
  const manifest: CardManifest = {
    generated: 'Generated at build time by src/pages/og/manifest.json.ts: the text drawn on each page’s social card. Do not edit.',
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    cards,
  };
  return new Response(`${JSON.stringify(manifest, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
