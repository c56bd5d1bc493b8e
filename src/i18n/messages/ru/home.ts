import type { home as en } from '../en/home.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

/** "седьмая победа": the ordinal agrees with победа (feminine). */
const ORDINALS = ['', 'первая', 'вторая', 'третья', 'четвёртая', 'пятая', 'шестая', 'седьмая', 'восьмая', 'девятая', 'десятая'];
const ordinal = (n: number) => ORDINALS[n] || `${n}-я`;

export const home: Translation<typeof en> = {
  description: (winner, share, turnout) => `Официальный итог: ${winner} — ${share}, явка — ${turnout}.`,
  lede: (pollingDay, winner, wins, firstYear) =>
    `${pollingDay} Беларусь выбирала президента. По данным Центральной избирательной комиссии (ЦИК), победил ${winner}, набравший {share} при явке {turnout}; это ${ordinal(wins)} его победа с ${firstYear} года.`,
  caveat: 'Это официальные цифры: независимые наблюдатели подсчёт не проверяли, а ЕС и ряд западных правительств назвали выборы фиктивными.',
  keyFiguresHeading: 'Основные цифры',
  keyFigures: {
    winnerShare: (name) => `${name}: доля голосов`,
    turnout: 'Явка',
    tookPart: 'Избиратели, принявшие участие в голосовании',
    registered: 'Зарегистрированные избиратели',
    againstAll: 'Против всех',
    runnerUp: (name) => `${name}, второе место`,
  },
  source: 'Источник',
  links: {
    results: 'Полные итоги, предварительные и окончательные',
    regions: 'Итоги по регионам',
    history: (firstYear) => `Все голосования с ${firstYear} года`,
    timeline: 'Вся хронология',
    candidates: (n) => `Кандидаты (${plural('ru', n, { one: '{n} человек', few: '{n} человека', many: '{n} человек', other: '{n} человека' })})`,
  },
  datesHeading: 'Этапы и даты',
  dates: {
    early: 'Досрочное голосование',
    pollingDay: 'День голосования',
    preliminary: 'Предварительные итоги',
    final: 'Окончательные итоги утверждены',
    inauguration: 'Инаугурация',
  },
  chartsHeading: 'Главные графики',
  articlesHeading: 'Последние статьи',
  updated: (date) => `обновлено ${date}`,
  allArticles: 'Все статьи',
  disputedHeading: 'Что оспаривается',
  disputedIntro: 'Цифры здесь — данные ЦИК. Были ли выборы свободными и честными — вопрос оценки; ниже оценки других, каждая с датой и источником:',
  fullTimeline: 'Вся хронология: от назначения выборов до инаугурации',
  evidenceQuestion: 'Можно ли проверить официальные цифры?',
  evidenceLink: 'Какие независимые данные есть о 2020 и 2025 годах и что найти не удалось',
  notFound: {
    heading: 'Страница не найдена',
    text: 'По этому адресу страницы нет. Возможно, она переехала или в ссылке опечатка.',
    next: '{home} или {search}. Разделы сайта:',
    home: 'Перейти на главную страницу',
    inLanguage: 'По-русски',
    search: 'поискать на сайте',
  },
};
