import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createCanvas } from '@napi-rs/canvas';
import { distDiff, normaliseHtml, normaliseName, normaliseText } from '../../../scripts/dist-diff.ts';

describe('normaliseName', () => {
  it('replaces bundle hashes in asset names', () => {
    expect(normaliseName('_astro/foo.AbC123_-.js')).toBe('_astro/foo.[hash].js');
    expect(normaliseName('_astro/ChartFigureBody.astro_astro_type_script_index_0_lang.DbWab0nC.js')).toBe(
      '_astro/ChartFigureBody.astro_astro_type_script_index_0_lang.[hash].js',
    );
    expect(normaliseName('pagefind/fragment/en_108048c.pf_fragment')).toBe('pagefind/fragment/en_[hash].pf_fragment');
    expect(normaliseName('pagefind/pagefind.en_645324cfab.pf_meta')).toBe('pagefind/pagefind.en_[hash].pf_meta');
  });
  it('leaves names without a hash alone', () => {
    expect(normaliseName('charts/turnout/chart.png')).toBe('charts/turnout/chart.png');
    expect(normaliseName('data/results-2025.csv')).toBe('data/results-2025.csv');
    expect(normaliseName('_astro/short.abc.js')).toBe('_astro/short.abc.js');
  });
});

describe('normaliseText and normaliseHtml', () => {
  it('normalises references inside files, using the renames where names collide', () => {
    const renames = new Map([['index.B7i3VHjg.css', 'index.[hash].css{12345678}']]);
    expect(normaliseText('<link href="/_astro/index.B7i3VHjg.css"><script src="/_astro/a.DYEZbBfM.js">', renames)).toBe(
      '<link href="/_astro/index.[hash].css{12345678}"><script src="/_astro/a.[hash].js">',
    );
  });
  it('collapses whitespace but keeps text and structure', () => {
    expect(normaliseHtml('<p>\n  Hello   world </p>\n\n<p>x</p>')).toBe('<p> Hello world </p><p>x</p>');
    expect(normaliseHtml('<p>Hello world</p>')).not.toBe(normaliseHtml('<p>Hello, world</p>'));
    expect(normaliseHtml('<p>a</p>')).not.toBe(normaliseHtml('<div>a</div>'));
  });
});

describe('distDiff', () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
  });
  function dist(files: Record<string, string | Buffer>): string {
    const root = mkdtempSync(join(tmpdir(), 'dist-diff-'));
    roots.push(root);
    for (const [path, body] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), body);
    }
    return root;
  }
  function png(colour: string, compress = false): Buffer {
    const canvas = createCanvas(4, 3);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = colour;
    ctx.fillRect(0, 0, 4, 3);
    return compress ? canvas.toBuffer('image/png', { compressionLevel: 9 } as never) : canvas.toBuffer('image/png');
  }

  it('finds nothing between builds that differ only in hashes and whitespace', async () => {
    const a = dist({
      'index.html': '<html><link href="/_astro/index.AAAAAAAA.css"><p>Hi</p></html>',
      '_astro/index.AAAAAAAA.css': 'p{color:red}',
      '_astro/index.CCCCCCCC.css': 'p{color:blue}',
      'data/x.csv': 'a,b\n1,2\n',
      'og/index.png': png('#123456'),
    });
    const b = dist({
      'index.html': '<html>\n  <link href="/_astro/index.BBBBBBBB.css">\n  <p>Hi</p>\n</html>',
      '_astro/index.BBBBBBBB.css': 'p{color:red}',
      '_astro/index.DDDDDDDD.css': 'p{color:blue}',
      'data/x.csv': 'a,b\n1,2\n',
      'og/index.png': png('#123456', true),
    });
    expect(await distDiff(a, b)).toEqual([]);
  });

  it('lists every differing file with a reason', async () => {
    const a = dist({
      'index.html': '<p>Hi</p>',
      'page.html': '<link href="/_astro/index.AAAAAAAA.css">',
      '_astro/index.AAAAAAAA.css': 'p{color:red}',
      '_astro/index.CCCCCCCC.css': 'p{color:blue}',
      'data/x.csv': 'a,b\n1,2\n',
      'og/index.png': png('#123456'),
      'gone.txt': 'x',
    });
    const b = dist({
      'index.html': '<p>Hello</p>',
      // now loads the other stylesheet of the same name
      'page.html': '<link href="/_astro/index.DDDDDDDD.css">',
      '_astro/index.BBBBBBBB.css': 'p{color:red}',
      '_astro/index.DDDDDDDD.css': 'p{color:blue}',
      'data/x.csv': 'a,b\n1,3\n',
      'og/index.png': png('#123457'),
      'new.txt': 'x',
    });
    const diffs = await distDiff(a, b);
    const byFile = Object.fromEntries(diffs.map((d) => [d.file, d.reason]));
    expect(Object.keys(byFile).sort()).toEqual(['data/x.csv', 'gone.txt', 'index.html', 'new.txt', 'og/index.png', 'page.html']);
    expect(byFile['index.html']).toMatch(/page text or structure/);
    expect(byFile['og/index.png']).toMatch(/PNG pixels: 12 of 12 differ/);
    expect(byFile['gone.txt']).toBe('only in before');
    expect(byFile['new.txt']).toBe('only in after');
    expect(byFile['data/x.csv']).toMatch(/csv contents differ/);
  });
});
