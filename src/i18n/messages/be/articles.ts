import type { articles as en } from '../en/articles.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

export const articles: Translation<typeof en> = {
  lede: 'Пытанні пра выбары: адказ на кожнае можна прачытаць за некалькі хвілін, кожная лічба ўзята з дадзеных, кожнае сцвярджэнне мае крыніцу.',
  englishOnly: 'Пакуль артыкулы ёсць толькі па-англійску.',
  updated: 'абноўлена',
  minutes: (n) => plural('be', n, { one: '{n} хвіліна чытання', few: '{n} хвіліны чытання', many: '{n} хвілін чытання', other: '{n} хвіліны чытання' }),
  page: {
    published: 'Апублікавана',
    updated: 'Абноўлена',
    words: (n) => plural('be', n, { one: '({n} слова)', few: '({n} словы)', many: '({n} слоў)', other: '({n} слова)' }),
    toc: 'У гэтым артыкуле',
    related: 'Па тэме',
    relatedCharts: 'Графікі па тэме',
    relatedArticles: 'Артыкулы па тэме',
    sources: 'Крыніцы',
    sourcesNote: 'Пранумараваны ў тым парадку, у якім артыкул спасылаецца на іх упершыню. Кожная крыніца і ўсе месцы на сайце, дзе яна выкарыстана, пералічаны на',
    sourcesPage: 'старонцы крыніц',
    undated: 'без даты',
    noUrl: 'Спасылкі няма.',
    whereElse: 'Дзе яшчэ выкарыстана',
    sourceN: (n) => `: крыніца ${n}`,
    translation: 'Пераклад англамоўнага артыкула.',
    readOriginal: 'Чытаць арыгінал па-англійску',
    behind: 'Англамоўны артыкул змяніўся пасля таго, як быў зроблены гэты пераклад: у арыгінале можа быць больш або іначай.',
    ourTranslation: 'пераклад наш',
    original: 'у арыгінале:',
  },
};
