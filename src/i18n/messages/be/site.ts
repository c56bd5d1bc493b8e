import type { site as en } from '../en/site.ts';
import type { Translation } from '../types.ts';

export const site: Translation<typeof en> = {
  name: 'Беларусь 2025: выбары з тлумачэннямі',
  brand: { name: 'Беларусь 2025', sub: 'выбары з тлумачэннямі' },
  description:
    'Што паказваюць афіцыйныя лічбы прэзідэнцкіх выбараў у Беларусі 26 студзеня 2025 года, як яны суадносяцца з ранейшымі выбарамі, як праходзілі выбары і чаму ЕС і шэраг заходніх урадаў называюць іх фіктыўнымі.',
  skipLink: 'Перайсці да зместу',
  menu: 'Меню',
  mainNav: 'Галоўная навігацыя',
  footerNav: 'Ніжняя навігацыя',
  breadcrumb: 'Навігацыйны ланцужок',
  home: 'Галоўная',
  nav: {
    results: 'Вынікі',
    regions: 'Рэгіёны',
    history: 'Гісторыя',
    candidates: 'Кандыдаты',
    timeline: 'Храналогія',
    charts: 'Графікі',
    articles: 'Артыкулы',
    data: 'Дадзеныя',
    sources: 'Крыніцы',
    about: 'Пра сайт',
    search: 'Пошук',
  },
  footer: {
    caveat: 'Афіцыйныя лічбы — гэта дадзеныя ЦВК Беларусі так, як іх перадалі СМІ; незалежныя назіральнікі падлік не правяралі.',
    dataAsOf: 'Дадзеныя на',
    codeLicence: 'Код',
    licence: 'ліцэнзія',
    contentLicence: 'Тэксты, графікі і наша падборка дадзеных',
    factsNote: 'Самі афіцыйныя лічбы — факты з крыніц, на якія мы спасылаемся.',
  },
  theme: {
    system: 'Сістэмная',
    light: 'Светлая',
    dark: 'Цёмная',
    label: 'Тэма',
    systemIs: 'сістэмная',
    followsSystem: 'Тэма адпавядае сістэмнай',
  },
  languages: {
    label: 'Мова',
    inEnglish: 'па-англійску',
  },
};
