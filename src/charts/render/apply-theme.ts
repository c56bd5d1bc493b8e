// Turns a chart config (JSON: colours as tokens, formats as names) into the
// config Chart.js draws for one theme. Pure, no canvas: the browser side can
// use it as the build-time renderer does, so both draw the same chart.

import type { ChartConfiguration } from 'chart.js';
import { TITLE_FONT_SIZE, themes, type ChartTheme, type ThemeName } from '../theme.ts';
import { getFormatter } from './formatters.ts';

/** What renderChart accepts: a Chart.js bar or line config that survives JSON.stringify. */
export type StaticChartConfig = ChartConfiguration<'bar'> | ChartConfiguration<'line'>;

type Json = Record<string, unknown>;

const THEME_TOKENS = {
  'theme:background': 'background',
  'theme:text': 'text',
  'theme:muted-text': 'mutedText',
  'theme:grid': 'grid',
} as const satisfies Record<string, keyof ChartTheme>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at `parent[key]`, created if absent. */
function child(parent: Json, key: string): Json {
  const value = parent[key];
  if (isObject(value)) return value;
  if (value !== undefined) throw new Error(`expected an object at "${key}", got ${JSON.stringify(value)}`);
  const created: Json = {};
  parent[key] = created;
  return created;
}

/**
 * Replaces colour tokens anywhere in the config: `palette:N` is the theme's
 * Nth series colour (from 0), `theme:background|text|muted-text|grid` the
 * theme's colour of that name. A spec can so give each bar its own colour
 * and still follow light and dark.
 */
function resolveTokens(value: unknown, theme: ChartTheme, path: string): unknown {
  if (typeof value === 'string') {
    const palette = /^palette:(\d+)$/.exec(value);
    if (palette) {
      const colour = theme.series[Number(palette[1])];
      if (colour === undefined) {
        throw new Error(`${path}: "${value}" is past the palette (${theme.series.length} colours, from palette:0)`);
      }
      return colour;
    }
    if (Object.hasOwn(THEME_TOKENS, value)) return theme[THEME_TOKENS[value as keyof typeof THEME_TOKENS]];
    if (/^(palette|theme):/.test(value)) throw new Error(`${path}: unknown colour token "${value}"`);
    return value;
  }
  if (Array.isArray(value)) return value.map((item, i) => resolveTokens(item, theme, `${path}[${i}]`));
  if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) value[key] = resolveTokens(item, theme, `${path}.${key}`);
  }
  return value;
}

/**
 * The config for `themeName`: a deep copy (the input is left alone) with
 * colour tokens resolved, series without a colour given the palette in
 * order, text and grid in the theme's colours unless the config sets them,
 * `ticks.format` names turned into tick callbacks, and gaps kept as gaps.
 *
 * `overrides.background` replaces the theme's background colour wherever the
 * config paints with it (`theme:background`): an embed with no background
 * (?transparent) draws outlined bars hollow, not filled with a page colour.
 *
 * Throws on a config that is not plain data (a function, say), on an unknown
 * token or formatter, and on `spanGaps` set: a figure no source gives is a
 * gap in the line, never bridged.
 */
export function applyTheme(config: StaticChartConfig, themeName: ThemeName, overrides?: Partial<Pick<ChartTheme, 'background'>>): StaticChartConfig {
  const base = themes[themeName];
  const theme = base && overrides ? { ...base, ...overrides } : base;
  if (!theme) throw new Error(`unknown theme ${JSON.stringify(themeName)}; known: ${Object.keys(themes).join(', ')}`);
  if (config.type !== 'bar' && config.type !== 'line') {
    throw new Error(`chart type ${JSON.stringify((config as { type?: unknown }).type)} is not rendered; use bar or line`);
  }
  // structuredClone rejects functions, so a config that is not data fails here.
  const out = resolveTokens(structuredClone(config), theme, 'config') as Json;
  const options = child(out, 'options');
  const data = child(out, 'data');
  const datasets = Array.isArray(data['datasets']) ? (data['datasets'] as unknown[]) : [];

  if (options['spanGaps'] !== undefined && options['spanGaps'] !== false) {
    throw new Error('options.spanGaps: missing values are drawn as gaps; remove spanGaps');
  }
  datasets.forEach((dataset, i) => {
    if (!isObject(dataset)) throw new Error(`data.datasets[${i}]: expected an object`);
    if (dataset['spanGaps'] !== undefined && dataset['spanGaps'] !== false) {
      throw new Error(`data.datasets[${i}].spanGaps: missing values are drawn as gaps; remove spanGaps`);
    }
    const colour = theme.series[i % theme.series.length];
    dataset['backgroundColor'] ??= colour;
    dataset['borderColor'] ??= colour;
  });
  if (out['type'] === 'line') options['spanGaps'] = false;

  options['color'] ??= theme.text;
  // Chart.js formats unformatted numbers in the locale it is given, else the
  // machine's: pin it so the build does not depend on where it runs.
  options['locale'] ??= 'en-GB';

  const plugins = child(options, 'plugins');
  const title = child(plugins, 'title');
  title['color'] ??= theme.text;
  const titleFont = child(title, 'font');
  titleFont['size'] ??= TITLE_FONT_SIZE;
  titleFont['weight'] ??= 'bold';
  child(child(plugins, 'legend'), 'labels')['color'] ??= theme.text;

  // Chart.js makes the x and y scales a config leaves out; theme them too.
  const scales = child(options, 'scales');
  const axes = new Set(
    Object.entries(scales).map(([id, scale]) => (isObject(scale) && typeof scale['axis'] === 'string' ? scale['axis'] : id[0])),
  );
  for (const id of ['x', 'y']) if (!axes.has(id)) scales[id] = {};
  for (const [id, scale] of Object.entries(scales)) {
    if (!isObject(scale)) throw new Error(`options.scales.${id}: expected an object`);
    const ticks = child(scale, 'ticks');
    ticks['color'] ??= theme.mutedText;
    if (ticks['format'] !== undefined) {
      const axis = typeof scale['axis'] === 'string' ? scale['axis'] : id[0];
      if (scale['type'] === 'category' || (scale['type'] === undefined && axis === (options['indexAxis'] ?? 'x'))) {
        throw new Error(`options.scales.${id}.ticks.format: formats apply to numeric axes, and this one is a category axis`);
      }
      const format = getFormatter(ticks['format'], `options.scales.${id}.ticks.format`, typeof options['locale'] === 'string' ? options['locale'] : undefined);
      if (ticks['callback'] !== undefined) throw new Error(`options.scales.${id}.ticks: give format or callback, not both`);
      ticks['callback'] = (value: number | string) => format(Number(value));
      // A count has no fractional ticks (0.5 voters would print as "0").
      if (ticks['format'] === 'count') ticks['precision'] ??= 0;
      delete ticks['format'];
    }
    child(scale, 'grid')['color'] ??= theme.grid;
    child(scale, 'border')['color'] ??= theme.grid;
    child(scale, 'title')['color'] ??= theme.text;
  }
  return out as unknown as StaticChartConfig;
}
