import type { articles as en } from '../en/articles.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

export const articles: Translation<typeof en> = {
  lede: 'Вопросы о выборах: ответ на каждый можно прочитать за несколько минут, каждая цифра взята из данных, каждое утверждение подкреплено источником.',
  englishOnly: 'Пока статьи есть только на английском.',
  updated: 'обновлено',
  minutes: (n) => plural('ru', n, { one: '{n} минута чтения', few: '{n} минуты чтения', many: '{n} минут чтения', other: '{n} минуты чтения' }),
  page: {
    published: 'Опубликовано',
    updated: 'Обновлено',
    words: (n) => plural('ru', n, { one: '({n} слово)', few: '({n} слова)', many: '({n} слов)', other: '({n} слова)' }),
    toc: 'В этой статье',
    related: 'По теме',
    relatedCharts: 'Графики по теме',
    relatedArticles: 'Статьи по теме',
    sources: 'Источники',
    sourcesNote: 'Пронумерованы в том порядке, в каком статья впервые на них ссылается. Каждый источник и все места на сайте, где он использован, перечислены на',
    sourcesPage: 'странице источников',
    undated: 'без даты',
    noUrl: 'Ссылки нет.',
    whereElse: 'Где ещё использован',
    sourceN: (n) => `: источник ${n}`,
    translation: 'Перевод англоязычной статьи.',
    readOriginal: 'Читать оригинал на английском',
    behind: 'Англоязычная статья изменилась после того, как был сделан этот перевод: в оригинале может быть больше или иначе.',
    ourTranslation: 'перевод наш',
    original: 'в оригинале:',
  },
};
