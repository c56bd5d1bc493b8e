/**
 * The Belarusian and Russian text in content/data: each rule of
 * src/i18n/data-text.ts fails on its fixture with the exact line
 * `npm run validate` prints, and the real data passes every rule.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/data/problems.ts';
import { loadDataset } from '../../../src/data/dataset.ts';
import { checkTranslations, LATIN_ALLOWED, placeholders, strayLatin, TRANSLATED_FIELDS } from '../../../src/i18n/data-text.ts';
import { EDITION_RULES } from '../../fixtures/invalid/edition-mutations.ts';
import { makeTree, REPO_ROOT, type Tree } from '../../fixtures/invalid/work-tree.ts';

const trees: Tree[] = [];
afterAll(() => trees.forEach((t) => t.cleanup()));

const real = loadDataset(REPO_ROOT);
if (!real.ok) throw new Error('the real dataset must be valid for this test');
const ds = real.dataset;

describe('the real data', () => {
  it('has a Belarusian and a Russian version of every listed field, and passes every rule', () => {
    expect(checkTranslations(ds).map(formatProblem)).toEqual([]);
  });

  it('lists fields that exist: each listed field occurs in its file', () => {
    for (const [name, fields] of Object.entries(TRANSLATED_FIELDS)) {
      const text = JSON.stringify(ds[name as keyof typeof ds]);
      for (const f of fields!) expect(text, `${name}.${f}`).toContain(`"${f}Be":`);
    }
  });

  it('uses every allowed Latin name somewhere (an entry nothing uses goes)', () => {
    const all = JSON.stringify(ds);
    for (const a of LATIN_ALLOWED) expect(all, a.words).toContain(a.words);
  });
});

describe('the helpers', () => {
  it('placeholders are read with their keys, sorted, spaces inside the braces ignored', () => {
    expect(placeholders('a {{ 2025.final.turnout }} b {{2025.final.registered}}')).toEqual(['2025.final.registered', '2025.final.turnout']);
  });
  it('Latin is allowed inside «…» and in allowed names only', () => {
    const allowed = new Set(['Nuhfer']);
    expect(strayLatin('«Sergei Bobrikov» і Nuhfer, {{a.b}}', allowed)).toEqual([]);
    expect(strayLatin('Stöver і OSCE', allowed)).toEqual(['Stöver', 'OSCE']);
  });
});

describe('each rule fails on its fixture, naming file, record and field', () => {
  it.each(EDITION_RULES.map((m) => [m.name, m] as const))('%s', (_name, m) => {
    const tree = makeTree(m);
    trees.push(tree);
    const result = loadDataset(tree.root);
    expect(result.ok, `${m.name} was accepted`).toBe(false);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual(m.expect);
  });
});
