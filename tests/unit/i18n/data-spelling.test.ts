/**
 * Every word of the data's Belarusian and Russian text passes Debian's
 * hunspell (hunspell-be, hunspell-ru) or is in src/i18n/spelling-allowlist.ts
 * with its kind (name, glossary term, acronym) and reason; an allow-list
 * entry no text uses fails too. Without hunspell and its dictionaries the
 * test says it was skipped, and fails under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPELLING_ALLOWED } from '../../../src/i18n/spelling-allowlist.ts';
import { REPO_ROOT } from '../../fixtures/invalid/work-tree.ts';

const DICT = { be: 'be_BY', ru: 'ru_RU' } as const;

function hunspellWorks(lang: 'be' | 'ru'): boolean {
  const r = spawnSync('hunspell', ['-d', DICT[lang], '-l'], { input: lang === 'be' ? 'выбары' : 'выборы', encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() === '' && !/Can't open/i.test(r.stderr);
}

/** The data's text in one language: every `…Be`/`…Ru` field (strings and lists), placeholders removed. */
function textOf(lang: 'be' | 'ru'): string[] {
  const suffix = lang === 'be' ? 'Be' : 'Ru';
  const out: string[] = [];
  const walk = (v: unknown, key: string) => {
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k.endsWith(suffix) ? k : key.endsWith(suffix) ? key : k);
    else if (typeof v === 'string' && key.endsWith(suffix)) out.push(v.replace(/\{\{[^}]*\}\}/g, ' '));
  };
  const dir = join(REPO_ROOT, 'content/data');
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')), '');
  return out;
}

for (const lang of ['be', 'ru'] as const) {
  describe(`${lang === 'be' ? 'Belarusian' : 'Russian'} text in content/data`, () => {
    const works = hunspellWorks(lang);
    if (!works && process.env.CI === 'true') it(`needs hunspell with the ${DICT[lang]} dictionary under CI`, () => expect.fail(`hunspell -d ${DICT[lang]} is not installed`));
    it.skipIf(!works)(`every word is in the ${DICT[lang]} dictionary or allowed with a reason (skipped without hunspell)`, () => {
      const text = textOf(lang);
      expect(text.length).toBeGreaterThan(150);
      const r = spawnSync('hunspell', ['-d', DICT[lang], '-l'], { input: text.join('\n'), encoding: 'utf8' });
      expect(r.status).toBe(0);
      const flagged = new Set(r.stdout.split('\n').filter((w) => w && !/[A-Za-z]/.test(w)));
      const allowed = new Map(SPELLING_ALLOWED[lang].map((a) => [a.word, a.reason]));
      expect([...flagged].filter((w) => !allowed.has(w)).sort(), 'misspelt, or a word to allow with its reason').toEqual([]);
      expect([...allowed.keys()].filter((w) => !flagged.has(w)).sort(), 'allow-list entries no text needs').toEqual([]);
      for (const [w, why] of allowed) expect(why.length, w).toBeGreaterThan(10);
      // Only names, glossary terms and acronyms (or abbreviations) may be allowed: an ordinary word is rephrased instead.
      for (const a of SPELLING_ALLOWED[lang]) expect(['name', 'glossary', 'acronym'], a.word).toContain(a.kind);
    });
  });
}
