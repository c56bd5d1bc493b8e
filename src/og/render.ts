/**
 * Draws a social card (1200×630 PNG) on @napi-rs/canvas: the site's name,
 * the page title and, where the page has one, its key figure with its stage.
 * Returns the image and every string drawn, for the manifest. No browser.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { registerChartFonts } from '../charts/render/fonts.ts';
import { FONT_FAMILY, light } from '../charts/theme.ts';
import { CARD_HEIGHT, CARD_WIDTH, type CardSpec } from './spec.ts';
import { colour } from '../styles/colours.ts';
import { messages } from '../i18n/messages/index.ts';

/** The site's light palette (src/styles/colours.json), so a card looks like the page it stands for. */
const COLOURS = {
  background: light.background,
  text: light.text,
  muted: light.mutedText,
  accent: colour('light', 'color-accent'),
  rule: light.grid,
};

const MARGIN = 80;
const MAX_WIDTH = CARD_WIDTH - 2 * MARGIN;

export interface CardResult {
  png: Buffer;
  /** Every string drawn, in drawing order. */
  texts: string[];
}

function font(size: number, bold = false): string {
  return `${bold ? 'bold ' : ''}${size}px "${FONT_FAMILY}"`;
}

/**
 * Greedy word wrap to `width`; a word longer than a line is kept whole (and
 * shrunk by the caller). Lines break at spaces only, never at a no-break
 * space ("86,82\u00a0%", "2025\u00a0г."), which stays in the text.
 */
export function wrap(ctx: Pick<SKRSContext2D, 'measureText'>, text: string, width: number): string[] {
  const words = text.split(/[ \t\r\n]+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line ? `${line} ${w}` : w;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = w;
    } else {
      line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The largest title size (from 68 px down) at which the title fits in `maxLines`. */
function fitTitle(ctx: SKRSContext2D, title: string, maxLines: number): { size: number; lines: string[] } {
  for (let size = 68; size >= 36; size -= 4) {
    ctx.font = font(size, true);
    const lines = wrap(ctx, title, MAX_WIDTH);
    if (lines.length <= maxLines && lines.every((l) => ctx.measureText(l).width <= MAX_WIDTH)) return { size, lines };
  }
  ctx.font = font(36, true);
  const lines = wrap(ctx, title, MAX_WIDTH);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]!.replace(/ +[^ ]*$/, '')} …`;
    return { size: 36, lines: kept };
  }
  return { size: 36, lines };
}

/** `s` if it fits on one line in the current font, else cut at a word with "…". */
function fitLine(ctx: SKRSContext2D, s: string): string {
  if (ctx.measureText(s).width <= MAX_WIDTH) return s;
  const words = s.split(' ');
  while (words.length > 1 && ctx.measureText(`${words.join(' ')} …`).width > MAX_WIDTH) words.pop();
  return `${words.join(' ')} …`;
}

export function renderCard(spec: CardSpec): CardResult {
  const SITE_NAME = messages(spec.locale).site.name;
  const CAVEAT = messages(spec.locale).cards.caveat;
  registerChartFonts();
  const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const ctx = canvas.getContext('2d');
  const texts: string[] = [];
  const text = (s: string, x: number, y: number) => {
    texts.push(s);
    ctx.fillText(s, x, y);
  };

  ctx.fillStyle = COLOURS.background;
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = COLOURS.accent;
  ctx.fillRect(0, 0, CARD_WIDTH, 16);
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';

  // The site's name: on the home card it is the title, so it is not repeated.
  let y = 96;
  if (spec.title !== SITE_NAME) {
    ctx.font = font(30, true);
    ctx.fillStyle = COLOURS.accent;
    text(SITE_NAME, MARGIN, y);
  } else {
    y = 40;
  }

  const { size, lines } = fitTitle(ctx, spec.title, spec.figure ? 2 : 4);
  ctx.fillStyle = COLOURS.text;
  ctx.font = font(size, true);
  y += 24;
  for (const line of lines) {
    y += Math.round(size * 1.15);
    text(line, MARGIN, y);
  }

  // The key figure sits at the foot of the card, whatever the title's length.
  if (spec.figure) {
    const f = spec.figure;
    ctx.fillStyle = COLOURS.muted;
    ctx.font = font(32);
    text(fitLine(ctx, f.label), MARGIN, 340);
    if (f.note) {
      ctx.font = font(26);
      text(fitLine(ctx, f.note), MARGIN, 380);
    }
    let valueSize = 110;
    ctx.font = font(valueSize, true);
    while (valueSize > 48 && ctx.measureText(f.value).width > MAX_WIDTH) {
      valueSize -= 8;
      ctx.font = font(valueSize, true);
    }
    ctx.fillStyle = COLOURS.text;
    text(f.value, MARGIN, 500);
  }

  ctx.fillStyle = COLOURS.rule;
  ctx.fillRect(MARGIN, CARD_HEIGHT - 96, MAX_WIDTH, 2);
  // The caveat is never cut: a longer wording (Belarusian, Russian) is set a size smaller until it fits.
  ctx.fillStyle = COLOURS.muted;
  let caveatSize = 24;
  ctx.font = font(caveatSize);
  while (caveatSize > 16 && ctx.measureText(CAVEAT).width > MAX_WIDTH) {
    caveatSize -= 1;
    ctx.font = font(caveatSize);
  }
  text(CAVEAT, MARGIN, CARD_HEIGHT - 52);

  return { png: canvas.toBuffer('image/png'), texts };
}
