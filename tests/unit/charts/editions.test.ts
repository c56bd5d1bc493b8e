// Charts in the Belarusian and Russian editions: every word from the charts
// message tables, figures through Intl (no-break spaces, decimal commas),
// names in each language's own form, plural forms by each language's rules.
// English is unchanged (the other chart tests and their snapshots hold it).
import { describe, expect, it } from 'vitest';
import { load } from './helpers.ts';
import { buildChartSpec, chartSpecFor } from '../../../src/charts/registry.ts';
import { CHART_IDS } from '../../../src/schemas/chart-ids.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import type { ChartSpec } from '../../../src/charts/contract.ts';

const { ds, index, spec: enSpec } = load();
const data = { ds, index };
const NBSP = '\u00a0';

/**
 * The estimates chart quotes each estimate's limitations and group from
 * content/data/evidence.json; until that file carries their Be/Ru text, its
 * spec in be/ru stops with a message naming the missing text (never English).
 */
function specIn(locale: 'be' | 'ru', id: string): ChartSpec | undefined {
  try {
    return buildChartSpec(id, data, undefined, locale);
  } catch (e) {
    expect(id).toBe('lukashenka-2020-official-vs-estimates');
    expect(String(e)).toMatch(new RegExp(`no ${locale} text in content/data for the note ".+" \\(add its ${locale === 'be' ? 'Be' : 'Ru'} version beside it\\)`));
    return undefined;
  }
}

/** Every string a spec shows a reader: title to table, notes, point texts, drawings' labels and credits. */
function shownTexts(s: ChartSpec): string[] {
  const out: string[] = [s.title, s.subtitle, s.description, s.summary, s.stageText, ...s.notes, s.table.categoryHeading];
  out.push(...s.table.columns.map((c) => c.label), ...s.table.rows.flatMap((r) => [r.label, ...r.cells.flatMap((c) => [c.text, c.note ?? ''])]));
  out.push(...s.pointTexts.flat());
  if (s.gaps) out.push(s.gaps.text);
  if (s.type === 'map') {
    out.push(...s.map.downloadTitle, ...s.map.credit, s.map.input.legendTitle ?? '', s.map.input.gapText, s.map.input.attribution ?? '');
    out.push(...s.map.input.regions.flatMap((r) => [r.name, r.shortName, r.valueText, r.spoken]));
  } else {
    // Labels and titles inside the Chart.js configs of every drawing.
    const walk = (v: unknown, key = ''): void => {
      if (typeof v === 'string' && /^(text|label|labels|title)$/.test(key)) out.push(v);
      else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
    };
    walk([s.layouts, s.download, s.og]);
  }
  return out.filter(Boolean);
}

/** Latin words a be/ru chart may show: file formats, the licence, and names that stay Latin. */
const LATIN_ALLOWED = new Set(['CSV', 'JSON', 'PNG', 'SVG', 'CC', 'BY', 'Natural', 'Earth', 'Chatham', 'House']);
const latinWords = (texts: string[]) => [...new Set(texts.join(' ').match(/[A-Za-z]+/g) ?? [])].filter((w) => !LATIN_ALLOWED.has(w));

describe('chart specs per edition', () => {
  it('caches one spec per dataset, edition and id, and keeps the English form of the call', () => {
    const be = chartSpecFor(data, 'vote-share-2025', 'be');
    expect(chartSpecFor(data, 'vote-share-2025', 'be')).toBe(be);
    expect(chartSpecFor(data, 'vote-share-2025', 'ru')).not.toBe(be);
    expect(chartSpecFor('vote-share-2025', data)).toBe(chartSpecFor(data, 'vote-share-2025', 'en'));
    expect(chartSpecFor(data, 'vote-share-2025').title).toBe(enSpec('vote-share-2025').title);
  });

  it('keeps ids, categories, sources and values the same in every edition', () => {
    for (const locale of ['be', 'ru'] as const) {
      for (const id of CHART_IDS) {
        const s = specIn(locale, id);
        if (!s) continue;
        const en = enSpec(id);
        expect(s.id).toBe(en.id);
        expect(s.sources).toEqual(en.sources);
        expect(s.table.rows.map((r) => r.id)).toEqual(en.table.rows.map((r) => r.id));
        expect(s.table.rows.map((r) => r.cells.map((c) => c.value))).toEqual(en.table.rows.map((r) => r.cells.map((c) => c.value)));
      }
    }
  });

  for (const locale of ['be', 'ru'] as const) {
    it(`${locale}: no English word left in any chart's text, and no letter of the other language`, () => {
      const foreign = locale === 'be' ? /[иИщЩъЪ]/ : /[ўЎіІ]/;
      for (const id of CHART_IDS) {
        const s = specIn(locale, id);
        if (!s) continue;
        const texts = shownTexts(s);
        expect(texts.length, id).toBeGreaterThan(10);
        expect(latinWords(texts), `${locale} ${id}`).toEqual([]);
        for (const t of texts) expect(t, `${locale} ${id}`).not.toMatch(foreign);
      }
    });
  }

  it('the test above can fail: English charts are full of Latin words', () => {
    expect(latinWords(shownTexts(enSpec('vote-share-2025'))).length).toBeGreaterThan(10);
  });
});

describe('generated summaries, as whole sentences in each language', () => {
  it('vote shares: names in each language’s form, percentages with a comma and a no-break space', () => {
    expect(specIn('be', 'vote-share-2025')!.summary).toBe(
      `Доля ад выбаршчыкаў, якія прынялі ўдзел у галасаванні (канчатковыя, 3 лютага 2025 г.): ` +
        `Лукашэнка — 86,82${NBSP}%, супраць усіх — 3,60${NBSP}%, Сыранкоў — 3,21${NBSP}%, Гайдукевіч — 2,02${NBSP}%, Канапацкая — 1,86${NBSP}%, Хіжняк — 1,74${NBSP}%.`,
    );
    expect(specIn('ru', 'vote-share-2025')!.summary).toBe(
      `Доля от избирателей, принявших участие в голосовании (окончательные, 3 февраля 2025 г.): ` +
        `Лукашенко — 86,82${NBSP}%, против всех — 3,60${NBSP}%, Сыранков — 3,21${NBSP}%, Гайдукевич — 2,02${NBSP}%, Канопацкая — 1,86${NBSP}%, Хижняк — 1,74${NBSP}%.`,
    );
  });

  it('turnout by region: the range computed from the figures, the national figure first', () => {
    const be = specIn('be', 'turnout-by-region-2025')!.summary;
    expect(be).toMatch(new RegExp(`^Беларусь — 85,69${NBSP}%; па рэгіёнах — ад 69,72${NBSP}% \\(Мінск\\) да 92,64${NBSP}% \\(Магілёўская\\): Брэсцкая — 90,56${NBSP}%`));
    const ru = specIn('ru', 'turnout-by-region-2025')!.summary;
    expect(ru).toMatch(new RegExp(`^Беларусь — 85,69${NBSP}%; по регионам — от 69,72${NBSP}% \\(Минск\\) до 92,64${NBSP}% \\(Могилёвская\\): Брестская — 90,56${NBSP}%`));
  });

  it('the change map: signed differences in percentage points, regions grouped by direction', () => {
    expect(specIn('ru', 'turnout-change-map')!.summary).toContain(`снизилась — Брестская (-1,41${NBSP}п.${NBSP}п.)`);
    expect(specIn('be', 'turnout-change-map')!.summary).toContain(`знізілася — Брэсцкая (-1,41${NBSP}п.${NBSP}п.)`);
  });

  it('the gap sentence says what no source gives, for any region, in the language', () => {
    expect(specIn('be', 'early-voting-by-region-2025')!.summary).toContain('афіцыйная лічба не знойдзена ні для аднаго рэгіёну.');
    expect(specIn('ru', 'early-voting-by-region-2025')!.summary).toContain('официальная цифра не найдена ни для одного региона.');
  });

  it('dates as each language writes them, and votes of a two-round year named by round', () => {
    expect(specIn('be', 'vote-share-2025')!.stageText).toBe(`канчатковыя, 3 лютага 2025 г.`);
    expect(specIn('ru', 'turnout-history')!.table.rows.slice(0, 2).map((r) => r.label)).toEqual(['1994 (1-й тур)', '1994 (2-й тур)']);
    expect(specIn('be', 'turnout-history')!.table.rows.slice(0, 2).map((r) => r.label)).toEqual(['1994 (1-ы тур)', '1994 (2-і тур)']);
  });
});

describe('plural forms by each language’s categories', () => {
  const be = messages('be').charts;
  const ru = messages('ru').charts;
  it('sources in the credit line: one, few, many', () => {
    expect([1, 3, 5, 11, 21, 22].map((n) => be.common.creditSources(n))).toEqual([
      'Лічбы ЦВК паводле 1 крыніцы; спіс — на старонцы дыяграмы',
      'Лічбы ЦВК паводле 3 крыніц; спіс — на старонцы дыяграмы',
      'Лічбы ЦВК паводле 5 крыніц; спіс — на старонцы дыяграмы',
      'Лічбы ЦВК паводле 11 крыніц; спіс — на старонцы дыяграмы',
      'Лічбы ЦВК паводле 21 крыніцы; спіс — на старонцы дыяграмы',
      'Лічбы ЦВК паводле 22 крыніц; спіс — на старонцы дыяграмы',
    ]);
    expect([1, 4, 5, 21].map((n) => ru.common.creditSources(n).split(';')[0])).toEqual([
      'Цифры ЦИК по данным 1 источника',
      'Цифры ЦИК по данным 4 источников',
      'Цифры ЦИК по данным 5 источников',
      'Цифры ЦИК по данным 21 источника',
    ]);
  });

  it('classes of a map scale: клас, класы, класаў; класс, класса, классов', () => {
    const words = (t: typeof be, n: number) => t.maps.scaleNote(n, 5, '5', '65', '95', false).split(' па ')[0]!.split(' по ')[0];
    expect([1, 2, 5, 21].map((n) => words(be, n))).toEqual(['Колеры: 1 клас', 'Колеры: 2 класы', 'Колеры: 5 класаў', 'Колеры: 21 клас']);
    expect([1, 2, 5, 21].map((n) => words(ru, n))).toEqual(['Цвета: 1 класс', 'Цвета: 2 класса', 'Цвета: 5 классов', 'Цвета: 21 класс']);
  });

  it('days of early voting in the subtitle, from the data', () => {
    expect(specIn('be', 'early-voting-2025')!.subtitle).toMatch(/пасля кожнага з 5 дзён датэрміновага галасавання/);
    expect(specIn('ru', 'early-voting-2025')!.subtitle).toMatch(/после каждого из 5 дней досрочного голосования/);
    expect(be['early-voting-2025'].subtitle(1, 'a', 'b', 'c')).toContain('з 1 дня');
    expect(ru['early-voting-2025'].subtitle(2, 'a', 'b', 'c')).toContain('из 2 дней');
  });
});
