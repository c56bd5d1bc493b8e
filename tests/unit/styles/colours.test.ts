// One colour source: src/styles/colours.json gives the chart images
// (src/charts/theme.ts, src/charts/map/scale.ts), the pages (colours.css) and
// the embeds (Embed.astro builds its inline stylesheet from it). These fail
// when any of them holds a colour of its own.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillColours, OTHER_FILLS } from '../../../src/charts/map/scale.ts';
import { paintVariable, PAINT_ROLES } from '../../../src/charts/render/inline-svg.ts';
import { dark, light } from '../../../src/charts/theme.ts';
import { colourDeclarations, COLOURS, coloursCss, tokensUsedBy } from '../../../src/styles/colours.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** Every stylesheet under src/, with its path. */
function stylesheets(dir = 'src'): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? stylesheets(path.join(dir, e.name)) : e.name.endsWith('.css') ? [path.join(dir, e.name)] : [],
  );
}

describe('colours.json, the one colour source', () => {
  it('has the same tokens in both themes, each a #rrggbb or rgb() colour', () => {
    expect(Object.keys(COLOURS.dark)).toEqual(Object.keys(COLOURS.light));
    for (const theme of ['light', 'dark'] as const) {
      for (const [name, value] of Object.entries(COLOURS[theme])) expect(value, `${theme} ${name}`).toMatch(/^#[0-9a-f]{6}$|^rgb\([^)]*\)$/);
    }
  });

  it('src/styles/colours.css is what colours.json gives (npm run colours)', () => {
    expect(read('src/styles/colours.css')).toBe(coloursCss());
    for (const [name, value] of Object.entries(COLOURS.light)) {
      const pair = value === COLOURS.dark[name] ? value : `light-dark(${value},${COLOURS.dark[name]})`;
      expect(read('src/styles/colours.css')).toContain(`--${name}:${pair};`);
    }
  });

  it('the chart images take the same colours as the pages', () => {
    for (const [theme, t] of [['light', light], ['dark', dark]] as const) {
      const c = COLOURS[theme];
      expect([t.background, t.text, t.mutedText, t.grid]).toEqual([c['color-bg'], c['color-text'], c['color-text-muted'], c['color-divider']]);
      // Every paint of an inline drawing reads the token of the same colour as the image.
      const byRole: Record<string, string> = { t: t.text, m: t.mutedText, g: t.grid, b: t.background };
      t.series.forEach((s, i) => (byRole[String(i)] = s));
      for (const role of PAINT_ROLES) if (byRole[role]) expect(c[paintVariable(role)], `${theme} ${role}`).toBe(byRole[role]);
      const map = { ...fillColours(theme), 'gap-stroke': OTHER_FILLS[theme].gapStroke, stroke: OTHER_FILLS[theme].stroke, leader: OTHER_FILLS[theme].leader };
      for (const [k, v] of Object.entries(map)) expect(c[`map-${k}`], `${theme} map-${k}`).toBe(v);
    }
  });

  it('no other stylesheet defines a colour token, and every colour token a stylesheet reads exists', () => {
    const names = new Set(Object.keys(COLOURS.light));
    const sheets = stylesheets().filter((f) => !f.endsWith(path.join('styles', 'colours.css')));
    expect(sheets.length).toBeGreaterThan(5);
    for (const file of sheets) {
      const css = read(file);
      for (const m of css.matchAll(/--((?:color|chart|map)-[\w-]+)\s*:/g)) {
        // Paper has its own palette (print.css): black on white, not a theme.
        if (file.endsWith('print.css') && m[1]!.startsWith('color-')) continue;
        expect.soft(`${file} defines --${m[1]}`).toBe('');
      }
      for (const token of tokensUsedBy(css)) if (/^(color|chart|map)-/.test(token)) expect(names.has(token), `${file} reads --${token}`).toBe(true);
    }
  });

  it('the embed stylesheet takes exactly the tokens its rules read, as light-dark() pairs', () => {
    const rules = read('src/components/charts/embed.css') + read('src/components/charts/chart-svg.css');
    const decl = colourDeclarations(tokensUsedBy(rules));
    expect(decl).toContain(`--color-bg:light-dark(${COLOURS.light['color-bg']},${COLOURS.dark['color-bg']})`);
    expect(decl).toContain(`--chart-1:light-dark(${COLOURS.light['chart-1']},${COLOURS.dark['chart-1']})`);
    expect(decl).not.toContain('--map-');
  });
});
