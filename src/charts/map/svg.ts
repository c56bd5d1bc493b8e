// A scene (scene.ts) as SVG markup.
//
// - inline: for pages and embeds. Colours are classes (`m-<fill>`, defined
//   with custom properties for both themes in src/components/charts/map.css),
//   so one SVG serves the light and dark themes; no `style` attribute (the
//   CSP forbids them), sizes as presentation attributes. Each region is a
//   link whose accessible name includes its value.
// - standalone: for downloads. Colours of one theme written in, a title and
//   credit lines around the map.

import { FONT_STACK, type ThemeName } from '../theme.ts';
import { light as lightTheme, dark as darkTheme } from '../theme.ts';
import type { Scene, SceneText } from './scene.ts';
import { fillColours, OTHER_FILLS } from './scale.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface InlineOptions {
  /** Id of the element naming the map (the figure's title). */
  labelledBy: string;
  /** Links open in a new tab (inside an embed, whose host frames it). */
  external: boolean;
  /** Extra class on the <svg> ("map--locator"). */
  className?: string;
  /** A picture without links (the gallery, whose card links to the chart): the SVG is one image with this text as its name. */
  pictureLabel?: string;
}

function textAttrs(t: SceneText): string {
  const anchor = t.anchor === 'start' ? '' : ` text-anchor="${t.anchor}"`;
  return `x="${t.x}" y="${t.y}" font-size="${t.size}"${t.bold ? ' font-weight="700"' : ''}${anchor}`;
}

function inlineText(t: SceneText): string {
  const cls = t.halo ? 'map__label' : t.muted ? 'map__muted' : 'map__key';
  return `<text class="${cls}" ${textAttrs(t)}>${esc(t.text)}</text>`;
}

/**
 * A region's lines ("Brest", "90.56%") as one <text> with a <tspan> a line
 * and a space between them, so the text reads "Brest 90.56%": the start of
 * the link's name (label in name), not "Brest90.56%".
 */
function regionText(texts: SceneText[]): string {
  if (texts.length <= 1) return texts.map(inlineText).join('');
  const first = texts[0]!;
  const anchor = first.anchor === 'start' ? '' : ` text-anchor="${first.anchor}"`;
  const spans = texts.map((t) => `<tspan x="${t.x}" y="${t.y}" font-size="${t.size}"${t.bold ? ' font-weight="700"' : ''}>${esc(t.text)}</tspan>`);
  return `<text class="map__label"${anchor}>${spans.join(' ')}</text>`;
}

export function sceneToInlineSvg(scene: Scene, o: InlineOptions): string {
  const target = o.external ? ' target="_blank" rel="noopener"' : '';
  const parts: string[] = [];
  const name = o.pictureLabel !== undefined ? `role="img" aria-label="${esc(o.pictureLabel)}"` : `role="group" aria-labelledby="${esc(o.labelledBy)}"`;
  parts.push(`<svg class="map${o.className ? ` ${o.className}` : ''}" viewBox="0 0 ${scene.width} ${scene.height}" width="${scene.width}" height="${scene.height}" ${name} data-map>`);
  const { inset } = scene;
  parts.push(`<rect class="map__inset" x="${inset.x}" y="${inset.y}" width="${inset.width}" height="${inset.height}" rx="3"/>`);
  for (const r of scene.regions) {
    const shape = `<path class="map__shape m-${r.fill}" d="${r.d}"/>`;
    if (r.decorative) {
      parts.push(`<path class="map__shape m-${r.fill}" d="${r.d}" aria-hidden="true"/>`);
      continue;
    }
    if (!r.href || o.pictureLabel !== undefined) {
      parts.push(`<g${o.pictureLabel !== undefined ? '' : ` role="img" aria-label="${esc(r.label ?? '')}"`}>${shape}${regionText(r.texts)}</g>`);
      continue;
    }
    const hit = r.hit ? `<rect class="map__hit" x="${r.hit.x}" y="${r.hit.y}" width="${r.hit.width}" height="${r.hit.height}"/>` : '';
    parts.push(`<a class="map__region" href="${esc(r.href)}" aria-label="${esc(r.label ?? '')}" data-region="${esc(r.id)}"${target}>${hit}${shape}${regionText(r.texts)}</a>`);
  }
  // The leader from the city to its inset, over the regions.
  parts.push(`<line class="map__leader" x1="${inset.leader[0]}" y1="${inset.leader[1]}" x2="${inset.leader[2]}" y2="${inset.leader[3]}"/>`);
  for (const s of scene.legend.swatches) parts.push(`<rect class="map__swatch m-${s.fill}" x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}"/>`);
  for (const t of scene.legend.texts) parts.push(inlineText(t));
  parts.push(inlineText(scene.attribution));
  parts.push('</svg>');
  return parts.join('');
}

export interface StandaloneOptions {
  theme: ThemeName;
  /** Title lines above the map. */
  title: string[];
  /** Credit lines under it. */
  credit: string[];
  /** The <title> element. */
  docTitle: string;
}

/** Heights of what a standalone drawing adds around the scene. */
export const TITLE_LINE = 22;
export const CREDIT_LINE = 16;
export const FRAME_PAD = 12;

export function standaloneSize(scene: Scene, title: string[], credit: string[]): { width: number; height: number; top: number } {
  const top = FRAME_PAD + title.length * TITLE_LINE + 6;
  return { width: scene.width, height: Math.ceil(top + scene.height + credit.length * CREDIT_LINE + FRAME_PAD), top };
}

export function sceneToStandaloneSvg(scene: Scene, o: StandaloneOptions): string {
  const theme = o.theme === 'light' ? lightTheme : darkTheme;
  const fills = fillColours(o.theme);
  const other = OTHER_FILLS[o.theme];
  const size = standaloneSize(scene, o.title, o.credit);
  const text = (t: SceneText, dy: number) => {
    const fill = t.muted ? theme.mutedText : theme.text;
    const halo = t.halo ? ` stroke="${theme.background}" stroke-width="3" stroke-linejoin="round" paint-order="stroke"` : '';
    return `<text ${textAttrs({ ...t, y: Math.round((t.y + dy) * 10) / 10 })} fill="${fill}"${halo}>${esc(t.text)}</text>`;
  };
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="${esc(FONT_STACK)}">`,
    `<title>${esc(o.docTitle)}</title>`,
    `<rect width="100%" height="100%" fill="${theme.background}"/>`,
  );
  o.title.forEach((line, i) => parts.push(`<text x="${FRAME_PAD}" y="${FRAME_PAD + 16 + i * TITLE_LINE}" font-size="16" font-weight="700" fill="${theme.text}">${esc(line)}</text>`));
  parts.push(`<g transform="translate(0 ${size.top})">`);
  const { inset } = scene;
  parts.push(`<rect x="${inset.x}" y="${inset.y}" width="${inset.width}" height="${inset.height}" rx="3" fill="none" stroke="${theme.grid}"/>`);
  for (const r of scene.regions) {
    const gap = r.fill === 'gap' ? ` stroke-dasharray="3 2"` : '';
    parts.push(`<path d="${r.d}" fill="${fills[r.fill]}" stroke="${r.fill === 'gap' ? other.gapStroke : other.stroke}" stroke-width="${r.fill === 'gap' ? 1.2 : 0.8}" stroke-linejoin="round"${gap}/>`);
  }
  parts.push(`<line x1="${inset.leader[0]}" y1="${inset.leader[1]}" x2="${inset.leader[2]}" y2="${inset.leader[3]}" stroke="${other.leader}" stroke-width="0.8"/>`);
  for (const r of scene.regions) for (const t of r.texts) parts.push(text(t, 0));
  for (const s of scene.legend.swatches) {
    const gap = s.fill === 'gap' ? ` stroke="${other.gapStroke}" stroke-dasharray="3 2"` : ` stroke="${other.stroke}"`;
    parts.push(`<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" fill="${fills[s.fill]}"${gap}/>`);
  }
  for (const t of scene.legend.texts) parts.push(text(t, 0));
  parts.push(text(scene.attribution, 0));
  parts.push('</g>');
  o.credit.forEach((line, i) => parts.push(`<text x="${FRAME_PAD}" y="${size.top + scene.height + 4 + (i + 1) * CREDIT_LINE - 4}" font-size="11" fill="${theme.mutedText}">${esc(line)}</text>`));
  parts.push('</svg>');
  return parts.join('');
}
