// The downloads: every dataset as CSV and JSON, its JSON matching its schema, a JSON Schema from zod.
import { describe, expect, it } from 'vitest';
import { realData } from './fixtures.ts';
import { buildDatasets, toCsv, toJsonSchema } from '../../../src/data/export/datasets.ts';
import { citation, licenceText, readmeText } from '../../../src/data/export/readme.ts';
import { csvRecords } from '../../../tools/dist-files.ts';

const { ds, index } = realData();
const downloads = buildDatasets({ ds, index });

describe('buildDatasets', () => {
  it('offers every data file and the two computed tables, each id once', () => {
    expect(downloads.map((d) => d.id)).toEqual(['figures', 'history', 'results-2025', 'turnout-2025', 'elections', 'regions-2020', 'evidence', 'candidates', 'people', 'regions', 'timeline', 'sources', 'changelog', 'corrections', 'text-allowlist']);
  });

  it.each(downloads.map((d) => [d.id, d] as const))('%s: its JSON satisfies its schema and its columns cover its rows', (_id, d) => {
    expect(() => d.schema.parse(d.json)).not.toThrow();
    const names = d.columns.map((c) => c.name);
    for (const r of d.rows) for (const k of Object.keys(r)) expect(names).toContain(k);
    expect(d.columns.every((c) => c.description.length > 0)).toBe(true);
    expect(d.rows.length).toBeGreaterThan(0);
  });

  it('has every figure of the index in figures, with its stage', () => {
    const f = downloads.find((d) => d.id === 'figures')!;
    expect(f.rows).toHaveLength(index.size);
    expect(f.rows.find((r) => r.key === '2025.final.lukashenka.share')).toMatchObject({ value: '86.82', as_published: '86.82%', stage: 'final', status: 'published' });
    expect(f.rows.find((r) => r.key === '2025.final.haidukevich.votes')).toMatchObject({ value: null, status: 'not-found' });
  });

  it('publishes the evidence with its producer labels, and its estimates in figures with status estimate, never published', () => {
    const e = downloads.find((d) => d.id === 'evidence')!;
    expect(e.rows).toHaveLength(ds.evidence.length);
    expect(e.rows.find((r) => r.id === 'chatham-house-2020')).toMatchObject({ found: true, producer: 'independent-research', producer_label: 'Independent research', confidence: 'high' });
    expect(e.rows.find((r) => r.id === 'chatham-house-2020')!.sample).toBe('899 respondents; margin of error at most 3.27%.');
    expect(e.rows.find((r) => r.id === 'independent-count-2025')).toMatchObject({ found: false, producer: null, estimates: '' });
    const f = downloads.find((d) => d.id === 'figures')!.rows;
    expect(f.find((r) => r.key === 'evidence.golos-protocols-2020.lukashenka-share')).toMatchObject({ value: '61.7', as_published: 'about 61.7%', status: 'estimate', producer: 'opposition-aligned', qualifier: 'about', stage: null });
    expect(f.filter((r) => String(r.key).startsWith('evidence.') && r.file === 'content/data/evidence.json').length).toBeGreaterThan(0);
    expect(f.filter((r) => r.status === 'estimate' && !String(r.key).startsWith('evidence.'))).toEqual([]);
  });

  it('keeps the preliminary and final results apart, by stage, and rounded reports as text', () => {
    const r = downloads.find((d) => d.id === 'results-2025')!.rows;
    expect(r.filter((x) => x.stage === 'preliminary')).toHaveLength(6);
    expect(r.find((x) => x.stage === 'final' && x.id === 'lukashenka')).toMatchObject({ votes: 5136293, share: '86.82', votes_status: 'published' });
    expect(r.find((x) => x.stage === 'final' && x.id === 'syrankou')).toMatchObject({ votes: null, votes_status: 'reported-rounded', votes_as_reported: '189 thousand' });
  });

  it('gives history its 2025 row from the final results, and timeline rows the stage of the figures they state', () => {
    expect(downloads.find((d) => d.id === 'history')!.rows.at(-1)).toMatchObject({ id: '2025', stage: 'final', winner_share: '86.82', winner_votes: 5136293 });
    const t = downloads.find((d) => d.id === 'timeline')!.rows;
    expect(t.find((x) => x.id === 'preliminary-results')).toMatchObject({ stage: 'preliminary' });
    expect(t.find((x) => x.id === 'final-results')).toMatchObject({ stage: 'final' });
    expect(String(t.find((x) => x.id === 'final-results')!.text)).toContain('86.82%');
  });
});

describe('toCsv', () => {
  it('writes a header, CRLF rows and quotes only what needs it, empty for null', () => {
    const csv = toCsv([{ name: 'a', header: 'a', description: '' }, { name: 'b', header: 'b', description: '' }], [{ a: 'x, y', b: null }, { a: 'say "hi"', b: 3 }, { a: 'line\nbreak', b: true }]);
    expect(csv).toBe('a,b\r\n"x, y",\r\n"say ""hi""",3\r\n"line\nbreak",true\r\n');
  });
  it('round-trips every dataset through a CSV reader', () => {
    for (const d of downloads) {
      const records = csvRecords(toCsv(d.columns, d.rows));
      expect(records).toHaveLength(d.rows.length);
      expect(records[0]![d.columns[0]!.name]).toBe(d.rows[0]![d.columns[0]!.name] === null ? '' : String(d.rows[0]![d.columns[0]!.name]));
    }
  });
});

describe('JSON Schema', () => {
  it.each(downloads.map((d) => [d.id, d] as const))('%s gets a draft 2020-12 schema with its title', (_id, d) => {
    const s = toJsonSchema(d, `https://example.org/data/schema/${d.id}.schema.json`);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.$id).toBe(`https://example.org/data/schema/${d.id}.schema.json`);
    expect(s.title).toBe(d.title);
    expect(s.type).toBe(Array.isArray(d.json) ? 'array' : 'object');
  });
  it('describes percentages as strings with their decimals', () => {
    const s = JSON.stringify(toJsonSchema(downloads.find((d) => d.id === 'elections')!, 'x'));
    expect(s).toContain('^\\\\d{1,3}(\\\\.\\\\d{1,3})?$');
  });
});

describe('README, licence, citation', () => {
  const urls = { data: 'https://example.org/data/', sources: 'https://example.org/sources/', about: 'https://example.org/about/', file: (n: string) => `https://example.org/data/${n}` };
  it('describes every download and column, with the licence and the citation', () => {
    const text = readmeText(ds, downloads, urls);
    for (const d of downloads) {
      expect(text).toContain(`https://example.org/data/${d.id}.csv`);
      for (const c of d.columns) expect(text).toContain(`\`${c.name}\``);
    }
    expect(text).toContain('CC BY 4.0');
    expect(text).toContain(citation(ds, urls.data));
  });
  it('cites the dataset by the date of its latest change, not the build', () => {
    expect(citation(ds, 'https://example.org/data/')).toContain(`version of `);
    expect(citation(ds, 'u')).toBe(citation(ds, 'u'));
    expect(licenceText()).toContain('https://creativecommons.org/licenses/by/4.0/');
  });
});
