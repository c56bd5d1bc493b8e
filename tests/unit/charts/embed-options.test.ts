import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { load } from './helpers.ts';
import { embedSnippetHeight } from '../../../src/charts/embed-size.ts';
import { figureText } from '../../../src/charts/figure-text.ts';
import { embedUrlWith } from '../../../src/charts/snippet.ts';

const headScript = readFileSync(new URL('../../../src/charts/client/embed-theme.js', import.meta.url), 'utf8');

/** The attributes the embed's head script sets on <html> for an address's query. */
function applied(search: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  runInNewContext(headScript, { location: { search }, document: { documentElement: { setAttribute: (k: string, v: string) => (attrs[k] = v) } } });
  return attrs;
}

describe('the embed head script', () => {
  it('applies the theme and each option from the address, and nothing else', () => {
    expect(applied('')).toEqual({});
    expect(applied('?theme=dark')).toEqual({ 'data-theme': 'dark' });
    expect(applied('?theme=auto&plain')).toEqual({ 'data-embed-plain': '' });
    expect(applied('?plain&transparent&static&theme=light')).toEqual({
      'data-theme': 'light',
      'data-embed-plain': '',
      'data-embed-transparent': '',
      'data-embed-static': '',
    });
    expect(applied('?static=1')).toEqual({ 'data-embed-static': '' });
    expect(applied('?static=0&plain=false')).toEqual({});
    // A longer name is not the option.
    expect(applied('?plainly&statics=1&xtransparent')).toEqual({});
  });
});

describe('embed options in the snippet', () => {
  it('writes options into the address in one order', () => {
    expect(embedUrlWith('https://e.org/embed/x/', [])).toBe('https://e.org/embed/x/');
    expect(embedUrlWith('https://e.org/embed/x/', ['static', 'plain'])).toBe('https://e.org/embed/x/?plain&static');
  });

  it('gives ?plain a smaller height: the drawing and the table only', () => {
    const { specs, sources } = load();
    for (const spec of specs.filter((s) => s.type !== 'map')) {
      const text = figureText(spec, sources);
      const full = embedSnippetHeight(spec, text);
      const plain = embedSnippetHeight(spec, text, { plain: true });
      const drawing = (616 * spec.layouts.wide.size.height) / spec.layouts.wide.size.width;
      expect(plain, spec.id).toBe(Math.ceil(24 + drawing + 36) + 4);
      expect(full - plain, spec.id).toBeGreaterThan(60);
    }
  });
});
