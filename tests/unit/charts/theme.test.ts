import { describe, expect, it } from 'vitest';
import { contrastRatio, dark, FONT_FAMILY, light, relativeLuminance, themes, type ChartTheme } from '../../../src/charts/theme.ts';

const all: ChartTheme[] = [light, dark];

describe('contrastRatio', () => {
  it('gives the WCAG extremes and is order-free', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });

  it('matches published reference values', () => {
    // #767676 on white is the well-known lightest grey that passes 4.5:1 (4.54:1).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    // #777777 just fails it (4.48:1).
    expect(contrastRatio('#777777', '#fff')).toBeCloseTo(4.48, 2);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
  });

  it('rejects what is not a hex colour', () => {
    expect(() => contrastRatio('red', '#fff')).toThrow(/"red"/);
  });
});

describe('themes', () => {
  it('exports light and dark by name, and a font family', () => {
    expect(themes.light).toBe(light);
    expect(themes.dark).toBe(dark);
    expect(FONT_FAMILY).toMatch(/\S/);
  });

  for (const theme of all) {
    describe(theme.name, () => {
      it('has at least 8 distinct series colours', () => {
        expect(theme.series.length).toBeGreaterThanOrEqual(8);
        expect(new Set(theme.series.map((c) => c.toLowerCase())).size).toBe(theme.series.length);
      });

      it.each(theme.series.map((colour, i) => [i, colour]))('series %i (%s) is at least 3:1 on the background', (_i, colour) => {
        expect(contrastRatio(colour as string, theme.background)).toBeGreaterThanOrEqual(3);
      });

      it('text and muted text are at least 4.5:1 on the background', () => {
        expect(contrastRatio(theme.text, theme.background)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(theme.mutedText, theme.background)).toBeGreaterThanOrEqual(4.5);
      });

      it('grid lines are visible but quieter than text', () => {
        const grid = contrastRatio(theme.grid, theme.background);
        expect(grid).toBeGreaterThan(1.2);
        expect(grid).toBeLessThan(contrastRatio(theme.mutedText, theme.background));
      });

      // Colour-blind safety, checked rather than claimed: simulate each
      // deficiency (Machado, Oliveira & Fernandes 2009, severity 1, applied to
      // linear RGB) and require every pair of series colours to stay apart in
      // OKLab. 0.06 is about three just-noticeable differences; Okabe & Ito's
      // original palette scores 0.076 (deuteranopia, green vs reddish purple).
      it.each(Object.keys(CVD))('series colours stay apart under %s', (name) => {
        const { distance, pair } = closestPair(theme.series, CVD[name as keyof typeof CVD]);
        expect(distance, `closest pair ${pair.join(' / ')}`).toBeGreaterThanOrEqual(0.06);
      });
    });
  }
});

type Matrix = readonly [readonly number[], readonly number[], readonly number[]];

const CVD = {
  'normal vision': [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} satisfies Record<string, Matrix>;

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** The colour as seen with `m`, in OKLab (Björn Ottosson's matrices). */
function simulate(hex: string, m: Matrix): [number, number, number] {
  const rgb = [1, 3, 5].map((i) => toLinear(parseInt(hex.slice(i, i + 2), 16) / 255));
  const [r, g, b] = m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!))) as [
    number,
    number,
    number,
  ];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const mm = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * mm - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * mm + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * mm - 0.808675766 * s,
  ];
}

function closestPair(colours: readonly string[], m: Matrix): { distance: number; pair: string[] } {
  let best = { distance: Infinity, pair: [] as string[] };
  colours.forEach((a, i) => {
    colours.slice(i + 1).forEach((b) => {
      const [p, q] = [simulate(a, m), simulate(b, m)];
      const distance = Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
      if (distance < best.distance) best = { distance, pair: [a, b] };
    });
  });
  return best;
}

describe('the colour-blindness check', () => {
  it('would catch a palette that is not colour-blind safe', () => {
    // Red and green of equal lightness: the classic deuteranopia confusion.
    const { distance } = closestPair(['#d62728', '#2ca02c', '#1f77b4'], CVD.deuteranopia);
    expect(distance).toBeLessThan(0.06);
  });
});
