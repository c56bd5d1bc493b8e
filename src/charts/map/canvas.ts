// A scene (scene.ts) on @napi-rs/canvas, for the PNG downloads and the social
// card: the same projected paths as the SVG (Path2D from the path data), the
// same texts, in DejaVu Sans (render/fonts.ts). Returns every string drawn.

import { createCanvas, Path2D, type SKRSContext2D } from '@napi-rs/canvas';
import { registerChartFonts } from '../render/fonts.ts';
import { FONT_FAMILY, light as lightTheme, dark as darkTheme, type ThemeName } from '../theme.ts';
import type { Scene, SceneText } from './scene.ts';
import { fillColours, OTHER_FILLS } from './scale.ts';
import { CREDIT_LINE, FRAME_PAD, standaloneSize, TITLE_LINE } from './svg.ts';

const font = (size: number, bold: boolean) => `${bold ? 'bold ' : ''}${size}px "${FONT_FAMILY}"`;

function drawScene(ctx: SKRSContext2D, scene: Scene, theme: ThemeName, texts: string[]): void {
  const t = theme === 'light' ? lightTheme : darkTheme;
  const fills = fillColours(theme);
  const other = OTHER_FILLS[theme];
  const { inset } = scene;
  ctx.strokeStyle = t.grid;
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.roundRect(inset.x, inset.y, inset.width, inset.height, 3);
  ctx.stroke();
  ctx.lineJoin = 'round';
  for (const r of scene.regions) {
    const p = new Path2D(r.d);
    ctx.fillStyle = fills[r.fill]!;
    ctx.fill(p);
    ctx.setLineDash(r.fill === 'gap' ? [3, 2] : []);
    ctx.strokeStyle = r.fill === 'gap' ? other.gapStroke : other.stroke;
    ctx.lineWidth = r.fill === 'gap' ? 1.2 : 0.8;
    ctx.stroke(p);
  }
  ctx.setLineDash([]);
  ctx.strokeStyle = other.leader;
  ctx.lineWidth = 0.8;
  ctx.beginPath();
  ctx.moveTo(inset.leader[0], inset.leader[1]);
  ctx.lineTo(inset.leader[2], inset.leader[3]);
  ctx.stroke();
  const text = (s: SceneText) => {
    ctx.font = font(s.size, s.bold);
    ctx.textAlign = s.anchor === 'start' ? 'left' : s.anchor === 'end' ? 'right' : 'center';
    ctx.textBaseline = 'alphabetic';
    if (s.halo) {
      ctx.strokeStyle = t.background;
      ctx.lineWidth = 3;
      ctx.strokeText(s.text, s.x, s.y);
    }
    ctx.fillStyle = s.muted ? t.mutedText : t.text;
    ctx.fillText(s.text, s.x, s.y);
    texts.push(s.text);
  };
  for (const r of scene.regions) r.texts.forEach(text);
  for (const s of scene.legend.swatches) {
    ctx.fillStyle = fills[s.fill]!;
    ctx.fillRect(s.x, s.y, s.width, s.height);
    ctx.setLineDash(s.fill === 'gap' ? [3, 2] : []);
    ctx.strokeStyle = s.fill === 'gap' ? other.gapStroke : other.stroke;
    ctx.lineWidth = 1;
    ctx.strokeRect(s.x, s.y, s.width, s.height);
  }
  ctx.setLineDash([]);
  scene.legend.texts.forEach(text);
  text(scene.attribution);
}

/** The download PNG: title, map, credit lines, as the standalone SVG lays them out. */
export function sceneToPng(scene: Scene, o: { theme: ThemeName; title: string[]; credit: string[]; ratio: number }): { data: Buffer; texts: string[]; width: number; height: number } {
  registerChartFonts();
  const size = standaloneSize(scene, o.title, o.credit);
  const canvas = createCanvas(size.width * o.ratio, size.height * o.ratio);
  const ctx = canvas.getContext('2d');
  ctx.scale(o.ratio, o.ratio);
  const t = o.theme === 'light' ? lightTheme : darkTheme;
  const texts: string[] = [];
  ctx.fillStyle = t.background;
  ctx.fillRect(0, 0, size.width, size.height);
  ctx.fillStyle = t.text;
  ctx.font = font(16, true);
  o.title.forEach((line, i) => {
    ctx.fillText(line, FRAME_PAD, FRAME_PAD + 16 + i * TITLE_LINE);
    texts.push(line);
  });
  ctx.save();
  ctx.translate(0, size.top);
  drawScene(ctx, scene, o.theme, texts);
  ctx.restore();
  ctx.fillStyle = t.mutedText;
  ctx.font = font(11, false);
  ctx.textAlign = 'left';
  o.credit.forEach((line, i) => {
    ctx.fillText(line, FRAME_PAD, size.top + scene.height + 4 + (i + 1) * CREDIT_LINE - 4);
    texts.push(line);
  });
  return { data: canvas.toBuffer('image/png'), texts, width: size.width, height: size.height };
}

/** The social card, 600 × 315 CSS px at `ratio`: title and credit on the left, the map on the right. */
export function sceneToCard(scene: Scene, o: { title: string; credit: string[]; width: number; height: number; ratio: number }): { data: Buffer; texts: string[] } {
  registerChartFonts();
  const canvas = createCanvas(o.width * o.ratio, o.height * o.ratio);
  const ctx = canvas.getContext('2d');
  ctx.scale(o.ratio, o.ratio);
  const t = lightTheme;
  const texts: string[] = [];
  ctx.fillStyle = t.background;
  ctx.fillRect(0, 0, o.width, o.height);
  const mapScale = Math.min((o.height - 16) / scene.height, (o.width * 0.52) / scene.width);
  const mapWidth = scene.width * mapScale;
  const left = 20;
  const textWidth = o.width - mapWidth - left - 28;
  ctx.fillStyle = t.text;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  let size = 24;
  let lines: string[] = [];
  for (; size >= 14; size -= 2) {
    ctx.font = font(size, true);
    lines = wrapLines(ctx, o.title, textWidth);
    if (lines.length <= 4) break;
  }
  let y = 36;
  for (const line of lines) {
    ctx.fillText(line, left, y);
    texts.push(line);
    y += Math.round(size * 1.2);
  }
  ctx.fillStyle = t.mutedText;
  ctx.font = font(10, false);
  const creditLines = o.credit.flatMap((line) => wrapLines(ctx, line, textWidth));
  let cy = o.height - 14 - (creditLines.length - 1) * 13;
  for (const l of creditLines) {
    ctx.fillText(l, left, cy);
    texts.push(l);
    cy += 13;
  }
  ctx.save();
  ctx.translate(o.width - mapWidth - 8, (o.height - scene.height * mapScale) / 2);
  ctx.scale(mapScale, mapScale);
  drawScene(ctx, scene, 'light', texts);
  ctx.restore();
  return { data: canvas.toBuffer('image/png'), texts };
}

function wrapLines(ctx: SKRSContext2D, text: string, width: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && ctx.measureText(next).width > width) {
      out.push(line);
      line = w;
    } else line = next;
  }
  if (line) out.push(line);
  return out;
}
