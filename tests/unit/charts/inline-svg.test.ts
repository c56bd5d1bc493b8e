import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from './helpers.ts';
import { inlineChartSvg } from '../../../src/charts/images.ts';
import { LAYOUTS, NARROW_MEDIA } from '../../../src/charts/layout.ts';
import { FONT_SIZE_CLASSES, mergeThemes, PAINT_ROLES, paintVariable, simplifyCorners } from '../../../src/charts/render/inline-svg.ts';
import { dark, light } from '../../../src/charts/theme.ts';

const css = readFileSync(new URL('../../../src/components/charts/chart-svg.css', import.meta.url), 'utf8');

const skia = (body: string) =>
  `<?xml version="1.0" encoding="utf-8" ?><svg viewBox="0 0 100 50" xmlns="http://www.w3.org/2000/svg" width="100" height="50"><rect fill-opacity="0" width="100" height="50"/>${body}</svg>`;

describe('mergeThemes', () => {
  it('paints by class, drops the background and clip paths, merges runs of paths and keeps text as text', () => {
    const lightSvg = skia(
      `<rect fill="white" width="100" height="50"/><path fill="none" stroke="${light.grid}" stroke-width="1" d="m10 0l0 40"/><path fill="none" stroke="${light.grid}" stroke-width="1" d="m20 0l0 40"/>` +
        `<clipPath id="cl_1"><rect width="100" height="40"/></clipPath><g clip-path="url(#cl_1)"><text fill="${light.mutedText}" transform="translate(10 45)" font-size="12" font-family="x" x="-3, 1, " y="2, ">\n\t\t1 &lt; 2\n\t</text></g>` +
        `<path fill="${light.series[2]}" d="m1 1l5 0l0 5z"/>`,
    );
    const darkSvg = skia(
      `<rect fill="${dark.background}" width="100" height="50"/><path fill="none" stroke="${dark.grid}" stroke-width="1" d="m10 0l0 40"/><path fill="none" stroke="${dark.grid}" stroke-width="1" d="m20 0l0 40"/>` +
        `<clipPath id="cl_1"><rect width="100" height="40"/></clipPath><g clip-path="url(#cl_1)"><text fill="${dark.mutedText}" transform="translate(10 45)" font-size="12" font-family="x" x="-3, 1, " y="2, ">\n\t\t1 &lt; 2\n\t</text></g>` +
        `<path fill="${dark.series[2]}" d="m1 1l5 0l0 5z"/>`,
    );
    const out = mergeThemes(lightSvg, darkSvg, 'test');
    expect(out).toEqual({
      width: 100,
      height: 50,
      body: '<path class="sg" fill="none" d="M10 0l0 40M20 0l0 40"/><text x="7" y="47" class="fm z12">1 &lt; 2</text><path class="f2" d="M1 1l5 0l0 5z"/>',
    });
  });

  it('joins the runs Skia splits a string into at a space', () => {
    const run = (fill: string) =>
      skia(`<text fill="${fill}" font-size="13" x="1, 2, " y="5, ">ab</text><text fill="${fill}" font-size="13" x="" y=""></text><text fill="${fill}" font-size="13" x="9, " y="5, ">c</text>`);
    expect(mergeThemes(run(light.text), run(dark.text), 't').body).toBe('<text x="1" y="5" class="ft">ab c</text>');
  });

  it('fails, naming the mark, on a colour that is no theme colour or differs in shape', () => {
    const a = skia('<path fill="#123456" d="m0 0l1 1"/>');
    const b = skia('<path fill="#654321" d="m0 0l1 1"/>');
    expect(() => mergeThemes(a, b, 'chart "x"')).toThrow(/chart "x", mark 2 \(path\).*#123456 \(light\) \/ #654321 \(dark\)/);
    expect(() => mergeThemes(a, skia(''), 'chart "x"')).toThrow(/differ in shape/);
  });
});

describe('chart-svg.css', () => {
  it('has a rule for every paint and font class a drawing can carry, and switches layout at NARROW_MEDIA', () => {
    for (const role of PAINT_ROLES) {
      expect(css).toContain(`.chart-svg .f${role} { fill: var(--${paintVariable(role)}); }`);
      expect(css).toContain(`.chart-svg .s${role} { stroke: var(--${paintVariable(role)}); }`);
    }
    for (const size of FONT_SIZE_CLASSES) expect(css).toContain(`.chart-svg .z${size} { font-size: ${size}px; }`);
    expect(css).toContain(`@media ${NARROW_MEDIA} {`);
  });
});

describe('inlineChartSvg, every chart', () => {
  const specs = load().specs.filter((s) => s.type !== 'map');
  it.each(specs.flatMap((s) => LAYOUTS.map((l) => [s.id, l, s] as const)))('%s, %s: one drawing, no style, no colour but classes', (_id, layout, spec) => {
    const d = inlineChartSvg(spec, layout);
    expect([d.width, d.height]).toEqual([spec.layouts[layout].size.width, spec.layouts[layout].size.height]);
    expect(d.body).not.toMatch(/\sstyle=|font-family=|font-size=|clip-path|<rect/);
    // Literal paint only where both themes agree (white or black on a bar).
    for (const m of d.body.matchAll(/\s(?:fill|stroke)="([^"]+)"/g)) expect(['none', '#ffffff', '#000000']).toContain(m[1]);
    expect(d.body).toMatch(/<text [^>]*class="ft/);
  });
});

describe('simplifyCorners', () => {
  it("turns a run of Skia's tiny quadratics into one corner with the same ends and tangents", () => {
    const quarter = Array.from({ length: 8 }, () => 'q0 -0.1 0 -0.2').join('') + Array.from({ length: 8 }, () => 'q0.1 0 0.2 0').join('');
    expect(simplifyCorners(`M10 20${quarter}l5 0`)).toBe('M10 20q0 -1.6 1.6 -1.6l5 0');
  });
  it('leaves lines, single curves and large curves as they are', () => {
    for (const d of ['M1 1l2 0l0 2z', 'M1 1q0 -0.1 0 -0.2l3 0', 'M1 1q5 0 5 5q0 5 -5 5']) expect(simplifyCorners(d)).toBe(d);
  });
});
