import type { home as en } from '../en/home.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

/** "сёмая перамога": the ordinal agrees with перамога (feminine). */
const ORDINALS = ['', 'першая', 'другая', 'трэцяя', 'чацвёртая', 'пятая', 'шостая', 'сёмая', 'восьмая', 'дзявятая', 'дзясятая'];
const ordinal = (n: number) => ORDINALS[n] || `${n}-я`;

export const home: Translation<typeof en> = {
  description: (winner, share, turnout) => `Афіцыйны вынік: ${winner} — ${share}, яўка — ${turnout}.`,
  lede: (pollingDay, winner, wins, firstYear) =>
    `${pollingDay} Беларусь выбірала прэзідэнта. Паводле Цэнтральнай выбарчай камісіі (ЦВК), перамог ${winner}, набраўшы {share} пры яўцы {turnout}; гэта ${ordinal(wins)} яго перамога з ${firstYear} года.`,
  caveat: 'Гэта афіцыйныя лічбы: незалежныя назіральнікі падлік не правяралі, а ЕС і шэраг заходніх урадаў назвалі выбары фіктыўнымі.',
  keyFiguresHeading: 'Асноўныя лічбы',
  keyFigures: {
    winnerShare: (name) => `${name}: доля галасоў`,
    turnout: 'Яўка',
    tookPart: 'Выбаршчыкі, якія ўзялі ўдзел у галасаванні',
    registered: 'Зарэгістраваныя выбаршчыкі',
    againstAll: 'Супраць усіх',
    runnerUp: (name) => `${name}, другое месца`,
  },
  source: 'Крыніца',
  links: {
    results: 'Усе вынікі, папярэднія і канчатковыя',
    regions: 'Вынікі па рэгіёнах',
    history: (firstYear) => `Усе галасаванні з ${firstYear} года`,
    timeline: 'Уся храналогія',
    candidates: (n) => `Кандыдаты (${plural('be', n, { one: '{n} чалавек', few: '{n} чалавекі', many: '{n} чалавек', other: '{n} чалавека' })})`,
  },
  datesHeading: 'Этапы і даты',
  dates: {
    early: 'Датэрміновае галасаванне',
    pollingDay: 'Дзень галасавання',
    preliminary: 'Папярэднія вынікі',
    final: 'Канчатковыя вынікі зацверджаны',
    inauguration: 'Інаўгурацыя',
  },
  chartsHeading: 'Галоўныя графікі',
  articlesHeading: 'Апошнія артыкулы',
  updated: (date) => `абноўлена ${date}`,
  allArticles: 'Усе артыкулы',
  disputedHeading: 'Што аспрэчваюць',
  disputedIntro: 'Лічбы тут — звесткі ЦВК. Ці былі выбары свабоднымі і сумленнымі — пытанне ацэнкі; ніжэй ацэнкі іншых, кожная з датай і крыніцай:',
  fullTimeline: 'Уся храналогія: ад прызначэння выбараў да інаўгурацыі',
  evidenceQuestion: 'Ці можна праверыць афіцыйныя лічбы?',
  evidenceLink: 'Якія незалежныя звесткі ёсць пра 2020 і 2025 гады і чаго знайсці не ўдалося',
  notFound: {
    heading: 'Старонка не знойдзена',
    text: 'Па гэтым адрасе старонкі няма. Магчыма, яна пераехала або ў спасылцы памылка.',
    next: '{home} або {search}. Раздзелы сайта:',
    home: 'Перайсці на галоўную старонку',
    inLanguage: 'Па-беларуску',
    search: 'пашукаць на сайце',
  },
};
