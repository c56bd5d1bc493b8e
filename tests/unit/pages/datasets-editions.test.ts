// The downloads in Belarusian and Russian: CSV headers in the language (a
// column without one fails, named), keys and ids as in English, names and
// figures as the edition writes them, free text per edition with English
// left where the data has no version, and the README, licence and citation
// in the language.
import { describe, expect, it } from 'vitest';
import { realData } from './fixtures.ts';
import { buildDatasets, columnHeader, toCsv, toJsonSchema, untranslatedSchemaFields } from '../../../src/data/export/datasets.ts';
import { citation, licenceText, readmeText } from '../../../src/data/export/readme.ts';
import { csvRecords } from '../../../tools/dist-files.ts';

const data = realData();
const en = buildDatasets(data, 'en');
const EDITIONS = ['be', 'ru'] as const;
const CYRILLIC = { be: /^[А-ЯЁІЎа-яёіў’0-9 :,()«»%.–-]+$/u, ru: /^[А-ЯЁа-яё0-9 :,()«»%.–-]+$/u };

/** Latin words in text, outside code spans, URLs, file names and the names that stay Latin. */
function latinWords(text: string, allowed: ReadonlySet<string>): string[] {
  const bare = text
    .replace(/`[^`]*`/g, ' ')
    .replace(/\b(?:https?:\/\/|U\/)\S+/g, ' ')
    .replace(/\b[\w/.-]+\.(?:csv|json|md|txt)\b/g, ' ')
    .replace(/\bcontent\/data\/?/g, ' ')
    .replace(/\b\d{4}\.(?:final|preliminary)\.[\w.*-]+/g, ' ')
    .replace(/\bevidence\.\*/g, ' ');
  return [...new Set((bare.match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter((w) => !allowed.has(w)))];
}
/** Format names, the licence's own name and the suffixes of the data's translated fields. */
const ALLOWED = new Set(['CSV', 'JSON', 'README', 'Creative', 'Commons', 'CC', 'BY', 'Be', 'Ru']);

describe.each(EDITIONS)('the %s downloads', (locale) => {
  const d = buildDatasets(data, locale);

  it('are the same files, columns, keys and rows as the English', () => {
    expect(d.map((x) => x.id)).toEqual(en.map((x) => x.id));
    d.forEach((x, i) => {
      const e = en[i]!;
      expect(x.columns.map((c) => c.name), x.id).toEqual(e.columns.map((c) => c.name));
      expect(x.rows.length, x.id).toBe(e.rows.length);
      // The data files' JSON is the validated file itself, every language's text in it; the computed tables write their words per edition.
      if (x.origin !== 'computed') expect(x.json, x.id).toEqual(e.json);
      for (const key of ['id', 'key', 'stage', 'status']) if (key in (e.rows[0] ?? {})) expect(x.rows.map((r) => r[key]), `${x.id}.${key}`).toEqual(e.rows.map((r) => r[key]));
    });
  });

  it('head every CSV with headers in the language, never the English keys', () => {
    for (const x of d) {
      const header = csvRecords(toCsv(x.columns, x.rows));
      expect(Object.keys(header[0]!), x.id).toEqual(x.columns.map((c) => c.header));
      for (const c of x.columns) expect(c.header, `${x.id}.csv ${c.name}`).toMatch(CYRILLIC[locale]);
      expect(new Set(x.columns.map((c) => c.header)).size, `${x.id}: two columns with one header`).toBe(x.columns.length);
      expect(x.title).toMatch(/[А-Яа-я]/);
      expect(latinWords(x.title, ALLOWED), x.id).toEqual([]);
    }
  });

  it('write names and figures as the edition does, and keep English text English with English figures', () => {
    const results = d.find((x) => x.id === 'results-2025')!.rows;
    expect(results.find((r) => r.stage === 'final' && r.id === 'lukashenka')).toMatchObject({ name: locale === 'be' ? 'Аляксандр Лукашэнка' : 'Александр Лукашенко', share: '86.82' });
    expect(results.find((r) => r.id === 'against-all')!.name).toBe(locale === 'be' ? 'Супраць усіх' : 'Против всех');
    expect(results.find((r) => r.stage === 'final' && r.id === 'syrankou')!.votes_as_reported).toBe('189\u00a0тыс.');
    expect(d.find((x) => x.id === 'figures')!.rows.find((r) => r.key === '2025.final.lukashenka.share')!.as_published).toBe('86,82\u00a0%');
    const history = d.find((x) => x.id === 'history')!.rows;
    expect(history.find((r) => r.id === '1994-r2')).toMatchObject({ label: locale === 'be' ? '1994 (другі тур)' : '1994 (2-й тур)', winner: locale === 'be' ? 'Аляксандр Лукашэнка' : 'Александр Лукашенко' });
    expect(history.find((r) => r.id === '2020')!.label).toBe('2020');
    const timeline = d.find((x) => x.id === 'timeline')!;
    expect(String(timeline.rows.find((r) => r.id === 'final-results')!.text)).toContain('86,82\u00a0%');
    expect(timeline.freeText.translated).toContain('text');
    // Evidence has Belarusian and Russian text in the data: the edition's, with the edition's figures.
    const evidence = d.find((x) => x.id === 'evidence')!;
    expect(evidence.freeText.translated).toContain('summary');
    expect(String(evidence.rows.find((r) => r.id === 'chatham-house-2020')!.sample)).toMatch(/899/);
    expect(String(evidence.rows.find((r) => r.id === 'chatham-house-2020')!.sample)).not.toMatch(/[A-Za-z]/);
  });

  it('describe every field of every JSON Schema in the language', () => {
    for (const x of d) {
      expect(untranslatedSchemaFields(x, locale), `${x.id}.schema.json`).toEqual([]);
      const schema = JSON.stringify(toJsonSchema(x, `https://example.org/${locale}/data/schema/${x.id}.schema.json`, locale));
      const descriptions = [...schema.matchAll(/"description":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`) as string);
      expect(descriptions.length, x.id).toBeGreaterThan(0);
      for (const text of descriptions) expect(latinWords(text.replace(/"[^"]*"|\{\{[^}]*\}\}|«[^»]*»|\.mdx\b|\btimeline\.\S+/g, ' '), new Set([...ALLOWED, 'BCP', 'Andrey', 'Kuznechyk', 'lang', 'false', 'count', 'high', 'intermediate', 'preliminary', 'final'])), `${x.id}: ${text}`).toEqual([]);
    }
    // English keeps the schemas' own words.
    expect(untranslatedSchemaFields(en[0]!, 'en').length).toBeGreaterThan(0);
  });

  it('write the README, licence and citation in the language', () => {
    const urls = { data: 'https://example.org/be/data/', sources: 'https://example.org/be/sources/', about: 'https://example.org/be/about/', file: (n: string) => `https://example.org/be/data/${n}` };
    const readme = readmeText(data.ds, d, urls, locale);
    expect(latinWords(readme, ALLOWED)).toEqual([]);
    expect(readme).toContain(locale === 'be' ? '## Як цытаваць' : '## Как цитировать');
    for (const x of d) for (const c of x.columns) expect(readme).toContain(c.description === c.header ? `- ${c.header} (\`${c.name}\`)\n` : `- ${c.header} (\`${c.name}\`): ${c.description}\n`);
    expect(readme).toContain(locale === 'be' ? 'Слупкі з тэкстам па-англійску' : 'Столбцы с текстом на английском');
    expect(latinWords(licenceText(locale), ALLOWED)).toEqual([]);
    const cite = citation(data.ds, urls.data, locale);
    expect(cite).toMatch(locale === 'be' ? /^Беларусь 2025: выбары з тлумачэннямі\. Набор дадзеных \(версія ад \d{1,2} [а-яў]+ \d{4}\sг\.\)\. https:\/\/example\.org\/be\/data\/\. Ліцэнзія Creative Commons «Атрыбуцыя»/ : /^Беларусь 2025: выборы с пояснениями\. Набор данных \(версия от \d{1,2} [а-я]+ \d{4}\sг\.\)\. https:\/\/example\.org\/be\/data\/\. Лицензия Creative Commons «Атрибуция»/);
  });
});

describe('columnHeader', () => {
  it('gives English its keys, the other editions their own headers, and a table its own where it has one', () => {
    expect(columnHeader('en', 'regions', 'regions', 'name')).toBe('name');
    expect(columnHeader('be', 'regions', 'regions', 'name')).toBe('Назва');
    expect(columnHeader('be', 'candidates', 'candidates', 'name')).toBe('Імя');
    expect(columnHeader('ru', 'history', 'history', 'runner_up')).toBe('Второе место');
  });

  it('fails on a column with no header in the edition, naming the column, the file and where to add it', () => {
    expect(() => columnHeader('be', 'candidates', 'candidates', 'shoe_size')).toThrow(
      'data downloads: the column "shoe_size" of candidates.csv has no be header (add "shoe_size" to headers in src/i18n/messages/be/data.ts)',
    );
    expect(() => columnHeader('ru', 'figures', 'figures', 'confidence_note')).toThrow(/"confidence_note" of figures\.csv has no ru header/);
  });
});
