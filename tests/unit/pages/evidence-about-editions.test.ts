// The evidence and about pages' models and the feed's items in Belarusian and Russian.
import { describe, expect, it } from 'vitest';
import { ARTICLES, realData } from './fixtures.ts';
import { evidenceModel, methodAndLimits } from '../../../src/models/evidence.ts';
import { aboutModel } from '../../../src/models/about.ts';
import { pageLink as editionHref } from '../../../src/models/common.ts';
import { sentenceParts } from '../../../src/i18n/sentence.ts';
import { correctionFeedItem, correctionItems, plainTextIn } from '../../../src/models/corrections.ts';
import { messages } from '../../../src/i18n/messages/index.ts';
import { PAGE_EDITIONS } from '../../../src/i18n/page-editions.ts';
import { href } from '../../../src/lib/url.ts';

const data = realData();
const { ds, index } = data;
const cyrillic = /[\u0400-\u04ff]/;

describe('evidence in Belarusian and Russian', () => {
  const be = evidenceModel(data, 'be');
  const ru = evidenceModel(data, 'ru');
  const en = evidenceModel(data);
  const card = (m: typeof be, id: string) => m.topics.flatMap((t) => t.years.flatMap((y) => y.cards)).find((c) => c.item.id === id)!;

  it('keeps the same items, counts and citation numbers in every edition', () => {
    expect(be.counts).toEqual(en.counts);
    expect(be.cites.keys).toEqual(en.cites.keys);
    expect(card(ru, 'golos-protocols-2020').nums).toEqual(card(en, 'golos-protocols-2020').nums);
  });

  it('writes topics, producer labels, meanings and confidence in the edition', () => {
    expect(be.topics.map((t) => t.label)).toEqual(['Падлік галасоў', 'Экзіт-полы', 'Апытанні грамадскай думкі', 'Беларускія назіральнікі', 'Міжнародныя назіральнікі і ацэнкі', 'Затрыманні і палітычныя вязні']);
    expect(ru.producers.find((p) => p.id === 'state')!.label).toBe('Государство');
    expect(ru.producers.every((p) => cyrillic.test(p.meaning))).toBe(true);
    expect(card(be, 'golos-protocols-2020').confidence).toBe('Высокая ступень упэўненасці: гэта кажа ўласны тэкст аўтара або дзве незалежныя крыніцы');
  });

  it('takes each item’s text from its Be/Ru fields', () => {
    const item = ds.evidence.find((e) => e.id === 'odihr-2025')!;
    expect(card(be, 'odihr-2025').title).toBe(item.titleBe);
    expect(card(ru, 'odihr-2025').summary).toBe(item.summaryRu);
    expect(card(ru, 'odihr-2025').producerName).toBe('Бюро по демократическим институтам и правам человека ОБСЕ (БДИПЧ)');
    expect(be.notFound.map((c) => c.title)).toEqual(ds.evidence.filter((e) => !e.found && e.year === 2025).map((e) => e.titleBe));
  });

  it('joins method and limits in one sentence of the edition, the limits lower-cased after the label', () => {
    const golos = ds.evidence.find((e) => e.id === 'golos-protocols-2020')!;
    const text = methodAndLimits(golos, 'ru')!;
    expect(text.startsWith('Официальные результаты участков сопоставлены с фотографиями заполненных бюллетеней, которые избиратели прислали на платформу «Голос»; ограничения: это не оценка по стране')).toBe(true);
    expect(text.endsWith('без подписей.')).toBe(true);
    expect(methodAndLimits({ ...golos, method: undefined, limitations: undefined }, 'be')).toBeUndefined();
  });

  it('counts items with the plural forms of each language', () => {
    expect(messages('be').evidence.lede(1, 3, 5)).toContain('1 пункт за 2020 год і 3 пункты за 2025 год; яшчэ 5 відаў сведчанняў');
    expect(messages('ru').evidence.lede(21, 2, 11)).toContain('21 пункт за 2020 год и 2 пункта за 2025 год; ещё 11 видов свидетельств');
    expect(messages('ru').evidence.lede(10, 8, 4)).toContain('10 пунктов за 2020 год и 8 пунктов за 2025 год; ещё 4 вида свидетельств');
  });
});

describe('about in Belarusian and Russian', () => {
  const be = aboutModel(data, ARTICLES, 'be');
  const ru = aboutModel(data, ARTICLES, 'ru');

  it('names the example election and dates the observation events in the edition', () => {
    expect(messages('be').about.electionLabel(1994, 2)).toBe('1994 годзе (другі тур)');
    expect(messages('ru').about.electionLabel(2020, 1)).toBe('2020 году');
    expect(be.observation.every((o) => /студзеня|снежня/.test(o.dateText))).toBe(true);
    expect(ru.observation.map((o) => o.text)).toEqual(ru.observation.map((o) => o.event.textRu));
  });

  it('gives the changelog and the note on voting abroad in the edition', () => {
    expect(be.changelog.map((c) => c.title)).toEqual(ds.changelog.map((c) => c.titleBe));
    expect(ru.abroadNote).toBe(ds.results2025.pollingStationsAbroad.noteRu);
  });

  it('splits a sentence where the page puts its figures', () => {
    expect(sentenceParts('дал {share} в {year}')).toEqual([{ text: 'дал ' }, { slot: 'share' }, { text: ' в ' }, { slot: 'year' }]);
    expect(sentenceParts(messages('ru').about.turnout).filter((p) => 'slot' in p).map((p) => ('slot' in p ? p.slot : ''))).toEqual(['tookPart', 'registered', 'turnout', 'turnoutBallots', 'ballotsIssued', 'notReturned']);
  });
});

describe('corrections in Belarusian and Russian', () => {
  const en = correctionItems(data, ARTICLES);
  const be = correctionItems(data, ARTICLES, 'be');
  const ru = correctionItems(data, ARTICLES, 'ru');

  it('keeps the corrected wording English and gives the reason in the edition', () => {
    expect(be.map((c) => [c.was, c.now])).toEqual(en.map((c) => [c.was, c.now]));
    expect(be.every((c) => cyrillic.test(c.why) && !cyrillic.test(c.was))).toBe(true);
    const page = ru.find((c) => c.correction.page === '/results/2025/')!;
    expect(page.where).toEqual({ label: 'Итоги выборов 2025 года по стране', path: '/results/2025/' });
    expect(page.whereLang).toBe('ru');
    const article = be.find((c) => c.correction.article !== undefined)!;
    expect(article.whereLang).toBe('en');
  });

  it('writes the feed item in the edition, the wording marked as English', () => {
    const f = correctionFeedItem(ru[0]!, '/about/', 'ru');
    expect(f.title).toBe(`Исправление: ${ru[0]!.where.label}`);
    expect(f.description).toBe(`Мы писали (по-английски): «${ru[0]!.was}» Теперь (по-английски): «${ru[0]!.now}» Почему: ${ru[0]!.why}`);
    expect(f.categories).toEqual(['Исправление']);
  });

  it('writes figures in free text as the edition does', () => {
    expect(plainTextIn('en', index, '{{2025.final.registered}}')).toBe('6,903,994');
    expect(plainTextIn('ru', index, '{{2025.final.registered}}')).toBe('6\u00a0903\u00a0994');
  });
});

describe('links from a be or ru page', () => {
  it('stay in the edition where the page is generated in it, and go to English otherwise', () => {
    expect(editionHref('be', '/about/#change-x')).toBe(href('/be/about/#change-x'));
    // An article is in an edition once translated into its language (content/articles/ru/…), in English otherwise.
    expect(editionHref('ru', '/articles/result-at-a-glance/')).toBe(href('/ru/articles/result-at-a-glance/'));
    expect(editionHref('be', '/articles/no-such-translation/')).toBe(href('/articles/no-such-translation/'));
    const timelineInBe = (PAGE_EDITIONS.timeline as readonly string[]).includes('be');
    expect(editionHref('be', '/timeline/#event-x')).toBe(href(timelineInBe ? '/be/timeline/#event-x' : '/timeline/#event-x'));
  });
});
