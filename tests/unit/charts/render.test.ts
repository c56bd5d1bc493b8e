import { readFileSync } from 'node:fs';
import { createCanvas, GlobalFonts, loadImage } from '@napi-rs/canvas';
import { Chart, type ChartConfiguration } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../src/lib/format.ts';
import { applyTheme, type StaticChartConfig } from '../../../src/charts/render/apply-theme.ts';
import { registerChartFonts } from '../../../src/charts/render/fonts.ts';
import { formatters, getFormatter } from '../../../src/charts/render/formatters.ts';
import { renderChart } from '../../../src/charts/render/static.ts';
import { FONT_FAMILY, themes, type ThemeName } from '../../../src/charts/theme.ts';

const THEMES: ThemeName[] = ['light', 'dark'];
const W = 480;
const H = 270;

const barConfig: StaticChartConfig = {
  type: 'bar',
  data: {
    labels: ['Lukashenka', 'Syrankou', 'Against all'],
    datasets: [{ label: 'Share of voters', data: [86.82, 3.21, 3.6] }],
  },
  options: {
    plugins: { title: { display: true, text: 'Vote share, 2025' }, legend: { display: false } },
    scales: { y: { ticks: { format: 'percent' } } },
  },
};

const lineConfig: StaticChartConfig = {
  type: 'line',
  data: {
    labels: ['21 Jan', '22 Jan', '23 Jan'],
    datasets: [{ label: 'Voters', data: [1_000_000, null, 3_000_000] }],
  },
  options: {
    plugins: { title: { display: true, text: 'Early voting' } },
    scales: { y: { ticks: { format: 'count' } } },
  },
};

/** RGBA pixels of a PNG, decoded by the canvas library rather than by the code under test. */
async function pixels(png: Buffer) {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(image, 0, 0);
  return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
}

function hexToRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * Well-formedness, strictly enough for what Skia writes: every tag closes in
 * order, attributes are quoted, text has no raw `<` and only known entities.
 * Returns the root element's start tag.
 */
function checkXml(xml: string): string {
  const token = /<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/gy;
  const stack: string[] = [];
  let root: string | undefined;
  let end = 0;
  for (let m = token.exec(xml); m; m = token.exec(xml)) {
    end = token.lastIndex;
    const [whole, closing, name, , selfClosing, text] = m;
    if (text !== undefined) {
      if (stack.length === 0 && text.trim()) throw new Error(`text outside the root: ${text.slice(0, 40)}`);
      const bad = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.exec(text);
      if (bad) throw new Error(`bare & in text at ${m.index + bad.index}`);
      continue;
    }
    if (!name) continue; // declaration or comment
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
      continue;
    }
    if (stack.length === 0) {
      if (root !== undefined) throw new Error(`second root element <${name}>`);
      root = whole;
    }
    if (!selfClosing) stack.push(name);
  }
  if (end !== xml.length) throw new Error(`not XML at offset ${end}: ${xml.slice(end, end + 40)}`);
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (!root) throw new Error('no root element');
  return root;
}

describe('renderChart to PNG', () => {
  for (const theme of THEMES) {
    it(`draws a bar chart (${theme}) at twice the CSS size, on the theme background`, async () => {
      const { data, texts } = renderChart(barConfig, { width: W, height: H, theme, format: 'png' });
      expect(Buffer.isBuffer(data)).toBe(true);
      expect([...data.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(data.toString('latin1', 12, 16)).toBe('IHDR');
      expect([data.readUInt32BE(16), data.readUInt32BE(20)]).toEqual([W * 2, H * 2]);

      const image = await pixels(data);
      expect([image.width, image.height]).toEqual([W * 2, H * 2]);
      expect([...image.data.subarray(0, 4)]).toEqual([...hexToRgb(themes[theme].background), 255]);

      expect(texts).toContain('Vote share, 2025');
      expect(texts).toEqual(expect.arrayContaining(['Lukashenka', 'Syrankou', 'Against all', '0%', '80%']));
    });

    it(`draws a line chart with a gap (${theme}), ticks as counts`, async () => {
      const { data, texts } = renderChart(lineConfig, { width: W, height: H, theme, format: 'png' });
      expect([data.readUInt32BE(16), data.readUInt32BE(20)]).toEqual([W * 2, H * 2]);
      expect(texts).toEqual(expect.arrayContaining(['Early voting', 'Voters', '21 Jan', '22 Jan', '23 Jan', '1,000,000', '3,000,000']));
    });
  }

  it('honours devicePixelRatio', () => {
    const { data } = renderChart(barConfig, { width: W, height: H, theme: 'light', format: 'png', devicePixelRatio: 1 });
    expect([data.readUInt32BE(16), data.readUInt32BE(20)]).toEqual([W, H]);
    const big = renderChart(barConfig, { width: 100, height: 50, theme: 'light', format: 'png', devicePixelRatio: 3 });
    expect([big.data.readUInt32BE(16), big.data.readUInt32BE(20)]).toEqual([300, 150]);
  });

  it('records every string drawn, in order, and nothing measured only', () => {
    const { texts } = renderChart(barConfig, { width: W, height: H, theme: 'light', format: 'png' });
    expect(texts[0]).toBe('Vote share, 2025'); // the title is drawn before the scales
    expect(texts.filter((t) => t === 'Lukashenka')).toHaveLength(1);
    expect(texts.every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
  });

  it('leaves no chart behind (Chart.js keeps instances until destroyed)', () => {
    const before = Object.keys(Chart.instances).length;
    renderChart(barConfig, { width: W, height: H, theme: 'light', format: 'png' });
    renderChart(lineConfig, { width: W, height: H, theme: 'dark', format: 'svg' });
    expect(Object.keys(Chart.instances)).toHaveLength(before);
  });

  it('rejects bad sizes and formats', () => {
    expect(() => renderChart(barConfig, { width: 0, height: H, theme: 'light', format: 'png' })).toThrow(/width/);
    expect(() => renderChart(barConfig, { width: W, height: 1.5, theme: 'light', format: 'png' })).toThrow(/height/);
    expect(() => renderChart(barConfig, { width: W, height: H, theme: 'light', format: 'gif' as 'png' })).toThrow(/format/);
    expect(() =>
      renderChart(barConfig, { width: W, height: H, theme: 'light', format: 'png', devicePixelRatio: 0 }),
    ).toThrow(/devicePixelRatio/);
  });
});

describe('renderChart to SVG', () => {
  for (const theme of THEMES) {
    for (const [name, config] of [
      ['bar', barConfig],
      ['line', lineConfig],
    ] as const) {
      it(`writes a ${name} chart (${theme}) as well-formed SVG with a viewBox`, async () => {
        const { data, texts } = renderChart(config, { width: W, height: H, theme, format: 'svg' });
        expect(typeof data).toBe('string');
        const root = checkXml(data);
        expect(root).toMatch(/^<svg\b/);
        expect(root).toContain(`viewBox="0 0 ${W} ${H}"`);
        expect(root).toContain(`width="${W}"`);
        expect(root).toContain(`height="${H}"`);
        expect(data).toContain(`<title>${config.options?.plugins?.title?.text}</title>`);
        // Text is drawn as outlines, so the file looks the same without the font.
        expect(data).not.toMatch(/<text\b/);
        expect(texts).toContain(config.options?.plugins?.title?.text);
        expect(texts).toEqual(expect.arrayContaining(config.data.labels as string[]));
        // And it is an image an SVG renderer accepts, at the CSS size.
        const image = await loadImage(Buffer.from(data));
        expect([image.width, image.height]).toEqual([W, H]);
      });
    }
  }

  it('escapes the title it adds', () => {
    const config = structuredClone(barConfig);
    config.options!.plugins!.title!.text = 'Votes & "shares" <2025>';
    const { data } = renderChart(config, { width: W, height: H, theme: 'light', format: 'svg' });
    expect(data).toContain('<title>Votes &amp; &quot;shares&quot; &lt;2025&gt;</title>');
    checkXml(data);
  });
});

describe('a missing value is a gap', () => {
  /** For each column of the image: does it hold a pixel of `colour`? */
  async function columnsWithColour(png: Buffer, colour: string): Promise<boolean[]> {
    const { width, height, data } = await pixels(png);
    const [r, g, b] = hexToRgb(colour);
    const columns = new Array<boolean>(width).fill(false);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (Math.abs(data[i]! - r) + Math.abs(data[i + 1]! - g) + Math.abs(data[i + 2]! - b) < 30) columns[x] = true;
      }
    }
    return columns;
  }

  /** The widest run of columns without the colour, between its first and last column, as a share of that span. */
  function widestHole(columns: boolean[]): number {
    const first = columns.indexOf(true);
    const last = columns.lastIndexOf(true);
    let widest = 0;
    let run = 0;
    for (let x = first; x <= last; x++) {
      run = columns[x] ? 0 : run + 1;
      widest = Math.max(widest, run);
    }
    return widest / (last - first);
  }

  const line = (data: Array<number | null>): ChartConfiguration<'line'> => ({
    type: 'line',
    data: { labels: ['a', 'b', 'c', 'd', 'e'], datasets: [{ label: 'turnout', data }] },
    options: { plugins: { legend: { display: false } }, scales: { x: { grid: { display: false } }, y: { grid: { display: false } } } },
  });

  for (const theme of THEMES) {
    it(`leaves the span around a null empty, where a full line is continuous (${theme})`, async () => {
      const colour = themes[theme].series[0]!;
      const opts = { width: W, height: H, theme, format: 'png' } as const;
      const full = await columnsWithColour(renderChart(line([10, 20, 25, 30, 40]), opts).data, colour);
      const gapped = await columnsWithColour(renderChart(line([10, 20, null, 30, 40]), opts).data, colour);
      expect(widestHole(full)).toBe(0);
      // b to d is half the line's span; only the point markers' radius is left of it.
      expect(widestHole(gapped)).toBeGreaterThan(0.4);
      expect(widestHole(gapped)).toBeLessThanOrEqual(0.5);
    });
  }

  it('refuses to bridge gaps', () => {
    const spanned = line([10, null, 30]);
    spanned.options!.spanGaps = true;
    expect(() => renderChart(spanned, { width: W, height: H, theme: 'light', format: 'png' })).toThrow(/spanGaps/);
    const perDataset = line([10, null, 30]);
    (perDataset.data.datasets[0] as { spanGaps?: boolean }).spanGaps = true;
    expect(() => renderChart(perDataset, { width: W, height: H, theme: 'light', format: 'png' })).toThrow(/datasets\[0\]\.spanGaps/);
  });
});

/** Advance widths of `text` in a TrueType file, summed, in pixels at `size`: the font's own metrics, read without the canvas. */
function advanceWidth(fontFile: string, text: string, size: number): number {
  const font = readFileSync(fontFile);
  const tables = new Map<string, number>();
  for (let i = 0; i < font.readUInt16BE(4); i++) tables.set(font.toString('latin1', 12 + 16 * i, 16 + 16 * i), font.readUInt32BE(20 + 16 * i));
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`${fontFile} has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const hMetrics = font.readUInt16BE(table('hhea') + 34);
  const cmap = table('cmap');
  let sub: number | undefined; // the Windows Unicode BMP subtable, format 4
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    if (font.readUInt16BE(record) === 3 && font.readUInt16BE(record + 2) === 1) sub = cmap + font.readUInt32BE(record + 4);
  }
  if (sub === undefined || font.readUInt16BE(sub) !== 4) throw new Error(`${fontFile}: no format 4 cmap`);
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  const glyph = (codePoint: number): number => {
    for (let i = 0; i < segments; i++) {
      if (codePoint > font.readUInt16BE(ends + 2 * i)) continue;
      const start = font.readUInt16BE(starts + 2 * i);
      if (codePoint < start) return 0;
      const delta = font.readUInt16BE(deltas + 2 * i);
      const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      const id = font.readUInt16BE(rangeOffsets + 2 * i + rangeOffset + 2 * (codePoint - start));
      return id === 0 ? 0 : (id + delta) & 0xffff;
    }
    return 0;
  };
  let units = 0;
  for (const char of text) {
    const id = glyph(char.codePointAt(0)!);
    if (id === 0) throw new Error(`${fontFile} has no glyph for ${char}`);
    units += font.readUInt16BE(table('hmtx') + 4 * Math.min(id, hMetrics - 1));
  }
  return (units / unitsPerEm) * size;
}

describe('the chart font', () => {
  const SAMPLE = 'Аляксандр Лукашэнка';
  const dejaVu = (file: string) => new URL(`../../../node_modules/dejavu-fonts-ttf/ttf/${file}`, import.meta.url).pathname;

  it('is registered as one family, regular and bold', () => {
    registerChartFonts();
    registerChartFonts(); // a second call adds nothing
    const family = GlobalFonts.families.find((f) => f.family === FONT_FAMILY);
    expect(family?.styles.map((s) => s.weight).sort()).toEqual([400, 700]);
  });

  // The alias is the project's own name, so no system font can stand in for
  // it: without registration the text falls back to another face, whose
  // widths differ (here a serif, 152.8 px rather than 190.1 px).
  it.each([
    ['regular', '', 'DejaVuSans.ttf'],
    ['bold', 'bold ', 'DejaVuSans-Bold.ttf'],
  ])('measures Cyrillic with DejaVu Sans %s metrics', (_name, weight, file) => {
    registerChartFonts();
    const ctx = createCanvas(10, 10).getContext('2d');
    ctx.font = `${weight}16px "${FONT_FAMILY}"`;
    expect(ctx.measureText(SAMPLE).width).toBeCloseTo(advanceWidth(dejaVu(file), SAMPLE, 16), 3);
  });

  it('is the font Chart.js draws every string in, Cyrillic included', () => {
    const config: StaticChartConfig = {
      type: 'bar',
      data: { labels: [SAMPLE, 'Сяргей Сыранкоў'], datasets: [{ label: 'Галасы', data: [86.82, 3.21] }] },
      options: { plugins: { title: { display: true, text: SAMPLE } } },
    };
    // Watch the context class itself: renderChart's own recorder calls through to it.
    const proto = Object.getPrototypeOf(createCanvas(1, 1).getContext('2d')) as {
      fillText: (this: Ctx, text: string, ...rest: number[]) => void;
    };
    type Ctx = { font: string; measureText(text: string): { width: number } };
    const original = proto.fillText;
    const drawn: Array<{ text: string; font: string; width: number }> = [];
    proto.fillText = function (text, ...rest) {
      drawn.push({ text, font: this.font, width: this.measureText(text).width });
      return original.call(this, text, ...rest);
    };
    try {
      renderChart(config, { width: W, height: H, theme: 'light', format: 'png' });
    } finally {
      proto.fillText = original;
    }
    expect(drawn.length).toBeGreaterThan(5);
    for (const { font } of drawn) expect(font).toContain(FONT_FAMILY);
    expect(drawn.find((d) => d.text === 'Галасы')).toBeDefined(); // the legend
    // The title is bold, the tick label regular; both at DejaVu's widths for the size drawn.
    const samples = drawn.filter((d) => d.text === SAMPLE);
    expect(samples.map((d) => /\bbold\b|\b700\b/.test(d.font)).sort()).toEqual([false, true]);
    for (const { font, width } of samples) {
      const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1]);
      const file = /\bbold\b|\b700\b/.test(font) ? 'DejaVuSans-Bold.ttf' : 'DejaVuSans.ttf';
      expect(width, font).toBeCloseTo(advanceWidth(dejaVu(file), SAMPLE, size), 3);
    }
  });
});

describe('applyTheme', () => {
  it('leaves its input alone and returns a themed copy', () => {
    const input = structuredClone(lineConfig);
    const out = applyTheme(input, 'dark');
    expect(input).toEqual(lineConfig);
    const dataset = out.data.datasets[0]!;
    expect(dataset.borderColor).toBe(themes.dark.series[0]);
    expect(out.options?.color).toBe(themes.dark.text);
    expect(out.options?.scales?.['x']?.grid?.color).toBe(themes.dark.grid);
    expect(out.options?.scales?.['y']?.ticks?.color).toBe(themes.dark.mutedText);
    expect((out as ChartConfiguration<'line'>).options?.spanGaps).toBe(false);
  });

  it('gives series without a colour the palette in order, and keeps colours given', () => {
    const config: StaticChartConfig = {
      type: 'line',
      data: { labels: ['a'], datasets: [{ data: [1] }, { data: [2], borderColor: '#123456' }, { data: [3] }] },
    };
    const out = applyTheme(config, 'light');
    expect(out.data.datasets.map((d) => d.borderColor)).toEqual([themes.light.series[0], '#123456', themes.light.series[2]]);
  });

  it('resolves palette and theme tokens, per theme', () => {
    const config: StaticChartConfig = {
      type: 'bar',
      data: { labels: ['a', 'b'], datasets: [{ data: [1, 2], backgroundColor: ['palette:3', 'palette:7'], borderColor: 'theme:text' }] },
    };
    for (const theme of THEMES) {
      const dataset = applyTheme(config, theme).data.datasets[0]!;
      expect(dataset.backgroundColor).toEqual([themes[theme].series[3], themes[theme].series[7]]);
      expect(dataset.borderColor).toBe(themes[theme].text);
    }
    const past = structuredClone(config);
    past.data.datasets[0]!.backgroundColor = 'palette:99';
    expect(() => applyTheme(past, 'light')).toThrow(/backgroundColor: "palette:99" is past the palette/);
    const unknown = structuredClone(config);
    unknown.data.datasets[0]!.backgroundColor = 'theme:accent';
    expect(() => applyTheme(unknown, 'light')).toThrow(/unknown colour token "theme:accent"/);
  });

  it('turns format names into tick callbacks and refuses unknown names', () => {
    const out = applyTheme(barConfig, 'light');
    const callback = out.options?.scales?.['y']?.ticks?.callback as (value: number) => string;
    expect(callback(86.82)).toBe('86.82%');
    expect(out.options?.scales?.['y']?.ticks).not.toHaveProperty('format');
    const counted = applyTheme(lineConfig, 'light').options?.scales?.['y']?.ticks;
    expect((counted as { precision?: number } | undefined)?.precision).toBe(0);

    const bad = structuredClone(barConfig);
    (bad.options!.scales!['y']!.ticks as { format: string }).format = 'percentage';
    expect(() => applyTheme(bad, 'light')).toThrow(/options\.scales\.y\.ticks\.format: unknown formatter "percentage"; known: percent, count/);
    const onCategories = structuredClone(barConfig);
    onCategories.options!.scales = { x: { ticks: { format: 'count' } } };
    expect(() => applyTheme(onCategories, 'light')).toThrow(/category axis/);
  });

  it('refuses what is not plain data', () => {
    const withFunction = structuredClone(barConfig);
    withFunction.options!.scales!['y']!.ticks!.callback = () => 'x';
    expect(() => applyTheme(withFunction, 'light')).toThrow();
    expect(() => applyTheme({ ...barConfig, type: 'pie' } as unknown as StaticChartConfig, 'light')).toThrow(/bar or line/);
  });
});

describe('formatters', () => {
  it('write the house formats', () => {
    expect(formatters.percent(86.82)).toBe('86.82%');
    expect(formatters.percent(20)).toBe('20%');
    expect(formatters.percent(12.5)).toBe('12.5%');
    expect(formatters.percent(-2.5)).toBe('\u22122.5%');
    expect(formatters.count(5_136_293)).toBe('5,136,293');
    expect(getFormatter('count')(1000)).toBe('1,000');
  });

  it('agree with src/lib/format.ts on counts', () => {
    for (const n of [0, 7, 999, 1000, 5_136_293, -1_234_567, 6_893_453]) expect(formatters.count(n)).toBe(formatCount(n));
  });
});
