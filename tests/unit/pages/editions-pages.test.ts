// The home, timeline, sources, article-list and search pages in Belarusian
// and Russian: the sentences their models and message tables write, on the
// real data (names, plural forms, dates and figures as each language writes them).
import { describe, expect, it } from 'vitest';
import { realData, ARTICLES } from './fixtures.ts';
import { homeModel } from '../../../src/models/home.ts';
import { eventDateText, timelineModel } from '../../../src/models/timeline.ts';
import { sitePageCitations } from '../../../src/models/source-usage.ts';
import { routeIn } from '../../../src/models/routes.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import { PAGE_EDITIONS } from '../../../src/i18n/page-editions.ts';
import { editionLink, pageOf } from '../../../src/i18n/edition-links.ts';
import { markLatin } from '../../../src/i18n/foreign-text.ts';
import { foundText, type SearchMessages } from '../../../src/components/pages/search-client.ts';
import { localeTag } from '../../../src/i18n/locales.ts';

const data = realData();
const { ds } = data;

describe('home model in each edition', () => {
  it('writes the opening sentences in the edition’s words, with the winner’s name and the count of his wins', () => {
    const en = homeModel(data, ARTICLES);
    const be = homeModel(data, ARTICLES, 'be');
    const ru = homeModel(data, ARTICLES, 'ru');
    expect(en.lede).toBe(
      'On 26 January 2025 Belarus elected its president. The Central Election Commission (CEC) declared Alyaksandr Lukashenka the winner with {share} of the vote, on a turnout of {turnout}: his seventh win since 1994.',
    );
    expect(be.lede).toBe(
      '26 студзеня 2025 г. Беларусь выбірала прэзідэнта. Паводле Цэнтральнай выбарчай камісіі (ЦВК), перамог Аляксандр Лукашэнка, набраўшы {share} пры яўцы {turnout}; гэта сёмая яго перамога з 1994 года.',
    );
    expect(ru.lede).toBe(
      '26 января 2025 г. Беларусь выбирала президента. По данным Центральной избирательной комиссии (ЦИК), победил Александр Лукашенко, набравший {share} при явке {turnout}; это седьмая его победа с 1994 года.',
    );
  });
  it('puts the official result in the description with the edition’s number format', () => {
    expect(homeModel(data, ARTICLES).description).toMatch(/ Official result: Alyaksandr Lukashenka 86\.82%, turnout 85\.69%\.$/);
    expect(homeModel(data, ARTICLES, 'be').description).toMatch(/ Афіцыйны вынік: Аляксандр Лукашэнка — 86,82\u00a0%, яўка — 85,69\u00a0%\.$/);
    expect(homeModel(data, ARTICLES, 'ru').description).toMatch(/ Официальный итог: Александр Лукашенко — 86,82\u00a0%, явка — 85,69\u00a0%\.$/);
  });
  it('labels the key figures and dates in the edition, names from the registry', () => {
    const be = homeModel(data, ARTICLES, 'be');
    expect(be.keyFigures.map((k) => k.label)).toEqual([
      'Лукашэнка: доля галасоў',
      'Яўка',
      'Выбаршчыкі, якія ўзялі ўдзел у галасаванні',
      'Зарэгістраваныя выбаршчыкі',
      'Супраць усіх',
      'Сыранкоў, другое месца',
    ]);
    expect(be.dates[0]).toMatchObject({ label: 'Датэрміновае галасаванне', text: '21–25 студзеня 2025' });
    const ru = homeModel(data, ARTICLES, 'ru');
    expect(ru.keyFigures[5]!.label).toBe('Сыранков, второе место');
    expect(ru.dates.map((d) => d.label)).toContain('Окончательные итоги утверждены');
    expect(ru.dates.find((d) => d.label === 'День голосования')!.text).toBe('26 января 2025 г.');
  });
  it('counts the candidates with the right plural form', () => {
    expect(messages('en').home.links.candidates(5)).toBe('The five candidates');
    expect(messages('be').home.links.candidates(5)).toBe('Кандыдаты (5 чалавек)');
    expect(messages('be').home.links.candidates(3)).toBe('Кандыдаты (3 чалавекі)');
    expect(messages('ru').home.links.candidates(3)).toBe('Кандидаты (3 человека)');
    expect(messages('ru').home.links.candidates(21)).toBe('Кандидаты (21 человек)');
  });
});

describe('timeline model in each edition', () => {
  it('counts the events in the edition’s plural form', () => {
    expect(timelineModel(data).lede).toMatch(/^28 events, from the calling/);
    expect(timelineModel(data, 'be').lede).toMatch(/^28 падзей ад прызначэння выбараў да інаўгурацыі ў храналагічным парадку\./);
    expect(timelineModel(data, 'ru').lede).toMatch(/^28 событий от назначения выборов до инаугурации в хронологическом порядке\./);
    const be = messages('be').timeline.lede;
    const ru = messages('ru').timeline.lede;
    expect([1, 2, 5, 21, 22].map((n) => be(n).split(' ').slice(0, 2).join(' '))).toEqual(['1 падзея', '2 падзеі', '5 падзей', '21 падзея', '22 падзеі']);
    expect([1, 2, 5, 21, 22].map((n) => ru(n).split(' ').slice(0, 2).join(' '))).toEqual(['1 событие', '2 события', '5 событий', '21 событие', '22 события']);
  });
  it('gives each event its text and note in the edition, and capitalised month headings', () => {
    const be = timelineModel(data, 'be');
    const items = be.months.flatMap((m) => m.items);
    expect(items).toHaveLength(ds.timeline.length);
    for (const item of items) {
      expect(item.text).toBe((item.event as unknown as { textBe: string }).textBe);
      if (item.event.note) expect(item.note).toBe((item.event as unknown as { noteBe: string }).noteBe);
    }
    expect(be.months[0]!.label).toBe('Кастрычнік 2024');
    expect(timelineModel(data, 'ru').months[0]!.label).toBe('Октябрь 2024 г.');
    expect(timelineModel(data).months[0]!.label).toBe('October 2024');
    expect(be.categories.map((c) => c.label)).toContain('Міжнародная рэакцыя');
  });
  it('writes an approximate date and a range as the language does', () => {
    const approx = ds.timeline.find((e) => e.date.approximate)!;
    expect(eventDateText(approx, 'be')).toBe('каля 16 студзеня 2025 г.');
    expect(eventDateText(approx, 'ru')).toBe('около 16 января 2025 г.');
    const range = { ...approx, date: { start: '2024-11-07', end: '2024-12-06' } };
    expect(eventDateText(range, 'ru').replace(/\s/g, ' ')).toBe('7 ноября – 6 декабря 2024 г.');
  });
  it('marks confidence in the edition', () => {
    const item = timelineModel(data, 'ru').months.flatMap((m) => m.items).find((i) => i.event.confidence === 'medium')!;
    expect(item.confidenceLabel).toBe('средняя степень уверенности');
  });
});

describe('sources page in each edition', () => {
  it('names the citing pages by their titles in the edition', () => {
    const be = sitePageCitations(data, ARTICLES, 'be');
    expect(be.find((p) => p.path === '/timeline/')!.title).toBe(routeIn('be', 'timeline').title);
    expect(be.find((p) => p.path === '/timeline/')!.title).toBe('Храналогія выбараў 2025 года');
    const minsk = sitePageCitations(data, ARTICLES, 'ru').find((p) => p.path === '/results/2025/regions/minsk-city/');
    expect(minsk?.title).toBe('г. Минск: явка в 2025 году');
  });
  it('counts the sources with the plural form of the number', () => {
    expect(messages('be').sources.lede(166)).toContain('Тут усе 166 крыніц:');
    expect(messages('be').sources.lede(162)).toContain('Тут усе 162 крыніцы:');
    expect(messages('ru').sources.lede(166)).toContain('Здесь все 166 источников:');
    expect(messages('ru').sources.lede(161)).toContain('Здесь все 161 источник:');
  });
  it('marks the English parts of a publisher’s name outside English', () => {
    expect(markLatin('be', 'АиФ Беларусь (citing BelTA)')).toEqual([{ text: 'АиФ Беларусь ' }, { text: '(citing BelTA)', lang: 'en' }]);
    expect(markLatin('ru', 'Euroradio')).toEqual([{ text: 'Euroradio', lang: 'en' }]);
    expect(markLatin('ru', 'Sputnik Беларусь')).toEqual([{ text: 'Sputnik Беларусь' }]);
    expect(markLatin('en', 'Euroradio')).toEqual([{ text: 'Euroradio' }]);
  });
});

describe('article list in each edition', () => {
  it('gives the reading time with the plural form', () => {
    expect([1, 2, 5, 21].map(messages('be').articles.minutes)).toEqual(['1 хвіліна чытання', '2 хвіліны чытання', '5 хвілін чытання', '21 хвіліна чытання']);
    expect([1, 3, 5, 11].map(messages('ru').articles.minutes)).toEqual(['1 минута чтения', '3 минуты чтения', '5 минут чтения', '11 минут чтения']);
    expect([1, 5].map(messages('en').articles.minutes)).toEqual(['1 min read', '5 min read']);
  });
});

describe('links between editions', () => {
  it('knows each route’s PAGE_EDITIONS entry', () => {
    expect(['/', '/results/2025/', '/results/2025/regions/', '/results/2025/regions/minsk-city/', '/articles/', '/articles/x/', '/charts/', '/charts/x/', '/about/'].map(pageOf)).toEqual([
      'home', 'results', 'regions', 'region', 'articles', 'article', 'charts', 'chart', 'about',
    ]);
    expect(() => pageOf('/nowhere/')).toThrow('/nowhere/');
  });
  it('links the page in the reader’s edition when it exists there, the English page otherwise', () => {
    for (const path of ['/', '/timeline/', '/results/2025/', '/evidence/', '/articles/result-at-a-glance/']) {
      const has = (PAGE_EDITIONS[pageOf(path)] as readonly string[]).includes('be');
      expect(editionLink('be', path)).toEqual(has ? { path: `/be${path}`, locale: 'be' } : { path, locale: 'en' });
    }
    expect(editionLink('ru', '/timeline/#event-x')).toEqual({ path: '/ru/timeline/#event-x', locale: 'ru' });
    expect(editionLink('en', '/results/2025/')).toEqual({ path: '/results/2025/', locale: 'en' });
  });
});

describe('search status lines', () => {
  const forLocale = (l: 'en' | 'be' | 'ru'): SearchMessages => ({ tag: localeTag(l), ...messages(l).search.status, found: { ...messages(l).search.status.found } });
  it('writes the count of results in the plural form Intl.PluralRules picks', () => {
    const be = forLocale('be');
    expect([1, 3, 7, 21].map((n) => foundText(be, n, 'яўка'))).toEqual([
      '1 вынік па запыце «яўка».',
      '3 вынікі па запыце «яўка».',
      '7 вынікаў па запыце «яўка».',
      '21 вынік па запыце «яўка»; паказаны першыя 20.',
    ]);
    const ru = forLocale('ru');
    expect([1, 2, 5, 22].map((n) => foundText(ru, n, 'явка'))).toEqual([
      '1 результат по запросу «явка».',
      '2 результата по запросу «явка».',
      '5 результатов по запросу «явка».',
      '22 результата по запросу «явка»; показаны первые 20.',
    ]);
    expect(foundText(ru, 0, 'xyz')).toBe('По запросу «xyz» ничего не найдено.');
  });
  it('keeps the English lines as they were', () => {
    const en = forLocale('en');
    expect(foundText(en, 1, 'turnout')).toBe('1 result for “turnout”.');
    expect(foundText(en, 25, 'turnout')).toBe('25 results for “turnout”; the first 20 are shown.');
    expect(foundText(en, 0, 'turnout')).toBe('No results for “turnout”.');
  });
  it('does not read braces typed in the query as parts of the template', () => {
    expect(foundText(forLocale('en'), 2, '{more}')).toBe('2 results for “{more}”.');
  });
});
