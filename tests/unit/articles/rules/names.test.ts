/**
 * One spelling per person: content/data/people.json, the transliteration rule
 * (src/data/names/transliterate.ts), the data checks (src/data/validate/names.ts)
 * and the article rule (src/data/validate/rules/names.ts).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../src/data/problems.ts';
import { checkDataNames, checkPeople } from '../../../../src/data/validate/names.ts';
import { checkNames } from '../../../../src/data/validate/rules/names.ts';
import { articleSentences } from '../../../../src/data/validate/rules/sentences.ts';
import { findOtherForms, otherForms } from '../../../../src/data/names/people.ts';
import { beFromBeLatin, beFromLacinka, beFromRu, beLatin, ruFromBe, ruFromRuLatin, ruLatin } from '../../../../src/data/names/transliterate.ts';
import { DATA_FILES, type Dataset } from '../../../../src/schemas/index.ts';
import { dataset, fixture } from '../helpers.ts';

const FILES = Object.fromEntries(Object.entries(DATA_FILES).map(([k, v]) => [k, v.file]));
const clone = (): Dataset => structuredClone(dataset);
const lines = (ds: Dataset) => [...checkPeople(ds), ...checkDataNames(ds, FILES)].map(formatProblem);
const run = (name: string) => {
  const a = fixture(`rules/${name}`);
  return checkNames(a.file, articleSentences(a.body.blocks), a.frontmatter, dataset.people).map(formatProblem);
};

describe('the transliteration rule', () => {
  it('gives the sourced display forms from the sourced Belarusian Cyrillic (the rule is the sources’ own)', () => {
    expect(beLatin('Сяргей Сыранкоў')).toBe('Siarhei Syrankou');
    expect(beLatin('Алег Гайдукевіч')).toBe('Aleh Haidukevich');
    expect(beLatin('Ганна Канапацкая')).toBe('Hanna Kanapatskaya');
    expect(beLatin('Святлана Ціханоўская')).toBe('Sviatlana Tsikhanouskaya');
    expect(beLatin('Яўгені Прэйгерман')).toBe('Yauheni Preiherman');
  });

  it('spells each given name one way: Аляксандр is Alyaksandr for Lukashenka and Khizhniak alike', () => {
    expect(beLatin('Аляксандр Лукашэнка')).toBe('Alyaksandr Lukashenka');
    expect(beLatin('Аляксандр Хіжняк')).toBe('Alyaksandr Khizhniak');
  });

  it('reads Belarusian-based Latin, Łacinka and Russian-based Latin back to Cyrillic', () => {
    expect(beFromBeLatin('Ivan Kubrakou')).toBe('Іван Кубракоў');
    expect(beFromBeLatin('Siarhei Syrankou')).toBe('Сяргей Сыранкоў');
    expect(beFromLacinka('Andrej Sannikaŭ')).toBe('Андрэй Саннікаў');
    expect(beFromLacinka('Uładzimir Hančaryk')).toBe('Уладзімір Ганчарык');
    expect(ruFromRuLatin('Vyacheslav Kebich')).toBe('Вячеслав Кебич');
    expect(ruFromRuLatin('Igor Karpenko')).toBe('Игорь Карпенко');
  });

  it('moves between Russian and Belarusian Cyrillic by letters and the given-name table, without guessing stress', () => {
    expect(beFromRu('Вячеслав Кебич')).toBe('Вячаслаў Кебіч');
    expect(beFromRu('Сергей Бобриков')).toBe('Сяргей Бобрыкоў');
    expect(ruFromBe('Іван Кубракоў')).toBe('Иван Кубраков');
    expect(ruLatin('Сергей Александрович Сыранков')).toBe('Sergey Aleksandrovich Syrankov');
  });
});

describe('content/data/people.json', () => {
  it('passes every check, and names the five candidates exactly as candidates.json does', () => {
    expect(lines(dataset)).toEqual([]);
    for (const c of dataset.candidates) expect(dataset.people.find((p) => p.id === c.id)?.name.form).toBe(c.name);
  });

  it('fails a transliterated form that is not what the rule gives, and a loop of derivations', () => {
    const ds = clone();
    const kebich = ds.people.find((p) => p.id === 'kebich')!;
    kebich.name = { form: 'Vyacheslav Kebich', status: 'transliterated', from: 'be' };
    expect(lines(ds)).toContain('content/data/people.json: [kebich].name.form: expected "Vyachaslau Kebich" (derived from be by the rule in content/data/README.md, "Names"), found "Vyacheslav Kebich"');
    const ds2 = clone();
    const k2 = ds2.people.find((p) => p.id === 'kubrakou')!;
    k2.name = { form: 'Ivan Kubrakou', status: 'transliterated', from: 'be' };
    expect(lines(ds2)).toContain('content/data/people.json: [kubrakou].name.from: expected a chain of derivations that ends at a sourced form, found name ← be ← name (a loop)');
  });

  it('fails two spellings of one given name, a candidate who disagrees, and an other form in data text', () => {
    const ds = clone();
    ds.candidates.find((c) => c.id === 'khizhniak')!.shortName = 'Khizhnyak';
    ds.people.find((p) => p.id === 'khizhniak')!.name = { form: 'Aliaksandr Khizhniak', status: 'sourced', sources: ['wiki_2025'] };
    ds.timeline[0]!.text = 'Igor Karpenko opens the campaign, as Karpenko said.';
    const out = lines(ds);
    expect(out).toContain('content/data/candidates.json: [khizhniak].shortName: expected "Khizhniak", as in content/data/people.json, found "Khizhnyak"');
    expect(out).toContain('content/data/people.json: [khizhniak].name.form: expected the given name Аляксандр spelled "Alyaksandr", as for Alyaksandr Lukashenka (one spelling per given name), found "Aliaksandr"');
    const timeline = out.filter((l) => l.startsWith('content/data/timeline.json'));
    expect(timeline).toHaveLength(2);
    expect(timeline[0]).toMatch(/^content\/data\/timeline.json: \[election-called\].text: expected "Ihar Karpenka" .*found "Igor Karpenko" \(Russian-based form\)$/);
    expect(timeline[1]).toMatch(/expected "Karpenka" .*found "Karpenko" \(Russian-based form\)$/);
  });
});

describe('other forms in text', () => {
  it('reports the whole form before its surname, and a surname alone', () => {
    const forms = otherForms(dataset.people);
    expect(findOtherForms('Alexander Lukashenko won.', forms).map((f) => f.form)).toEqual(['Alexander Lukashenko']);
    expect(findOtherForms('Lukashenko won; Lukashenka lost nothing.', forms).map((f) => f.form)).toEqual(['Lukashenko']);
    expect(findOtherForms('Lukashenkos', forms)).toEqual([]);
  });

  it('fails the failing fixture: other forms in prose and the description, not in quotations or the marked sentence', () => {
    expect(run('names-other-forms.mdx').map((l) => l.replace(/ \(the site's spelling.*?\), found/, ', found'))).toEqual([
      'content/articles/names-other-forms.mdx: frontmatter.description: expected "Lukashenka", found "Lukashenko" (Russian-based form)',
      'content/articles/names-other-forms.mdx: line 13, name: expected "Alyaksandr Lukashenka", found "Alexander Lukashenko" (Russian-based form)',
      'content/articles/names-other-forms.mdx: line 13, name: expected "Alyaksandr Khizhniak", found "Aliaksandr Khizhniak" (other spelling)',
      'content/articles/names-other-forms.mdx: line 13, name: expected "Siarhei Syrankou", found "Sergei Syrankov" (Russian-based form)',
      'content/articles/names-other-forms.mdx: line 17, name: expected "Andrei Sannikau", found "Andrej Sannikaŭ" (Łacinka form)',
    ]);
  });

  it('passes the same text in display forms (a surname that is the same in every form, Kebich, is not reported)', () => {
    expect(run('names-display-forms.mdx')).toEqual([]);
  });
});
