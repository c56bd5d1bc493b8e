import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { countLines } from '../../../src/charts/embed-size.ts';
import { registerChartFonts } from '../../../src/charts/render/fonts.ts';
import { FONT_FAMILY } from '../../../src/charts/theme.ts';
import { formatCount, formatPercent } from '../../../src/i18n/format.ts';

const STYLE = { size: 13, weight: 400 };

function width(text: string): number {
  registerChartFonts();
  const c = createCanvas(8, 8).getContext('2d');
  c.font = `${STYLE.size}px "${FONT_FAMILY}"`;
  return c.measureText(text).width;
}

describe('countLines', () => {
  it('keeps a percentage and its sign together across the no-break space ("86,82 %")', () => {
    for (const locale of ['be', 'ru'] as const) {
      const pct = formatPercent(locale, '86.82');
      expect(pct).toBe('86,82\u00a0%');
      // Room for "86,82" but not for "86,82 %": a break at the no-break space would make two lines.
      const w = (width('86,82') + width(pct)) / 2;
      expect(countLines(pct, STYLE, w)).toBe(1);
      // The same words with an ordinary space do break there.
      expect(countLines('86,82 %', STYLE, w)).toBe(2);
    }
  });

  it('keeps the groups of a count together ("5 136 293") and breaks only at ordinary spaces', () => {
    const n = formatCount('ru', 5136293);
    expect(n).toBe('5\u00a0136\u00a0293');
    const text = `Прыйшлі ${n} выбаршчыкаў`;
    const w = width(`Прыйшлі ${n}`) - 1;
    // "Прыйшлі" / "5 136 293 выбаршчыкаў" or "Прыйшлі" / "5 136 293" / "выбаршчыкаў": never a group split off.
    const lines = countLines(text, STYLE, w);
    expect(lines).toBeGreaterThanOrEqual(2);
    expect(countLines(n, STYLE, width('5 136') + 1)).toBe(1);
    expect(countLines('5 136 293', STYLE, width('5 136') + 1)).toBe(2);
  });
});
