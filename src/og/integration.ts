/**
 * After `astro build`: draws the social card of every page that asks for one
 * (Base.astro's <meta name="social-card">) into dist/og/, and writes
 * dist/og/manifest.json with the text each card shows, so tests (and anyone
 * checking a preview) can read what the image says.
 *
 * Registered in astro.config.mjs. Builds stay reproducible: the card depends
 * only on the page's title and key figure, never on the time of the build.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CARD_HEIGHT, CARD_MANIFEST, CARD_META_NAME, CARD_WIDTH, ogCardPath, parseCardSpec, type CardSpec } from './spec.ts';
import { renderCard } from './render.ts';

export interface ManifestEntry extends CardSpec {
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

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** The card spec in a page's HTML, or undefined for pages without one (embeds). */
export function readCardSpec(html: string, where: string): CardSpec | undefined {
  const tags = [...html.matchAll(/<meta\b[^>]*>/gi)].map((m) => m[0]).filter((t) => new RegExp(`\\bname=["']?${CARD_META_NAME}["'\\s>]`, 'i').test(t));
  if (tags.length === 0) return undefined;
  if (tags.length > 1) throw new Error(`${where}: more than one <meta name="${CARD_META_NAME}">`);
  const content = /\bcontent=(?:"([^"]*)"|'([^']*)')/i.exec(tags[0]!);
  if (!content) throw new Error(`${where}: <meta name="${CARD_META_NAME}"> has no content`);
  return parseCardSpec(decodeEntities(content[1] ?? content[2] ?? ''), where);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await htmlFiles(p)));
    else if (entry.name.endsWith('.html')) out.push(p);
  }
  return out;
}

/** Draws every card and writes the manifest; returns the manifest. */
export async function writeSocialCards(distDir: string): Promise<CardManifest> {
  const specs = new Map<string, { spec: CardSpec; file: string }>();
  for (const file of (await htmlFiles(distDir)).sort()) {
    const rel = path.relative(distDir, file);
    const spec = readCardSpec(await readFile(file, 'utf8'), rel);
    if (!spec) continue;
    const clash = specs.get(spec.path);
    if (clash) throw new Error(`social cards: ${rel} and ${clash.file} both claim the page ${spec.path}`);
    specs.set(spec.path, { spec, file: rel });
  }
  const cards: ManifestEntry[] = [];
  for (const { spec } of [...specs.values()].sort((a, b) => a.spec.path.localeCompare(b.spec.path))) {
    const image = ogCardPath(spec.path);
    const { png, texts } = renderCard(spec);
    const target = path.join(distDir, image);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, png);
    cards.push({ ...spec, image, stage: spec.figure?.stage ?? null, texts });
  }
  const manifest: CardManifest = {
    generated: 'Generated at build time by src/og/integration.ts: the text drawn on each page’s social card. Do not edit.',
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    cards,
  };
  const target = path.join(distDir, CARD_MANIFEST);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export default function socialCards(): AstroIntegration {
  return {
    name: 'social-cards',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const manifest = await writeSocialCards(fileURLToPath(dir));
        logger.info(`${manifest.cards.length} social cards in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
