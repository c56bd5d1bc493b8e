// /og/<route>.png: each page's social card (1200×630), drawn at build time
// from the page's title and key figure as src/models/cards.ts gives them.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardSlug, drawnCard, getSiteCards } from '../../og/site-cards.ts';
import type { CardSpec } from '../../og/spec.ts';

export const getStaticPaths = (async () => (await getSiteCards()).map((spec) => ({ params: { slug: cardSlug(spec) }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { png } = drawnCard((props as { spec: CardSpec }).spec);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
