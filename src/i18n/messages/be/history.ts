import type { history as en } from '../en/history.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

/** Numbers agreeing with тур (a round of voting: the history counts each round). */
const MASCULINE = ['', 'адзін', 'два', 'тры', 'чатыры', 'пяць', 'шэсць', 'сем', 'восем', 'дзевяць', 'дзесяць'];
const word = (n: number) => MASCULINE[n] ?? String(n);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const ROUND = ['', 'першы', 'другі', 'трэці'];

export const history: Translation<typeof en> = {
  roundLabel: (year: number, round: number) => `${year}, ${ROUND[round] ?? `${round}-і`} тур`,
  lede: {
    votes: (count: number, firstYear: number, laterVotes: string) =>
      `З часу незалежнасці ў Беларусі ${plural('be', count, { one: `адбыўся ${word(count)} тур прэзідэнцкіх выбараў`, few: `адбыліся ${word(count)} туры прэзідэнцкіх выбараў`, many: `адбылося ${word(count)} тураў прэзідэнцкіх выбараў`, other: `адбылося ${word(count)} тура прэзідэнцкіх выбараў` })}: два туры ў ${firstYear} годзе, потым па адным туры ў ${laterVotes} гадах.`,
    sameWinner: (name: string) => `Кожны раз першае месца займаў адзін і той жа кандыдат — ${name}.`,
    official: 'Лічбы афіцыйныя; пры кожным працэнце ніжэй пазначана, ад чаго ён лічыцца.',
  },
  table: {
    heading: (count: number) => `${capital(word(count))} ${plural('be', count, { one: 'тур', few: 'туры', many: 'тураў', other: 'тура' })} галасавання`,
    caption: (from: number, to: number) =>
      `Прэзідэнцкія галасаванні ў Беларусі, ${from}–${to}: яўка, пераможца і кандыдат, які заняў другое месца. Долі лічацца ад выбаршчыкаў, якія прынялі ўдзел у галасаванні (так лічыць ЦВК), калі ў слупку не пазначана, што ад сапраўдных галасоў.`,
    vote: 'Галасаванне',
    pollingDay: 'Дзень галасавання',
    turnout: 'Яўка',
    winner: 'Пераможца',
    votes: 'Галасы',
    share: 'Доля',
    shareValid: 'Доля ад сапраўдных галасоў',
    runnerUp: 'Другое месца',
    againstAll: 'Супраць усіх',
  },
  confidence: { medium: 'сярэдняя ступень упэўненасці', low: 'нізкая ступень упэўненасці', 'single-source': 'адна крыніца' },
  note: {
    latest: (label: string, date: string) => `Радок ${label} складзены паводле канчатковых вынікаў, абвешчаных ${date}; гл. `,
    resultsLink: 'вынікі 2025 года',
    end: '.',
    vote: (label: string, note: string) => `${label}: ${note} `,
    medium: (medium: string) => `Галасаванне з пазнакай «${medium}» мае лічбы, у якіх крыніцы не цалкам сыходзяцца.`,
  },
  bases: {
    heading: 'Два спосабы лічыць долю',
    cecBefore: 'Цэнтральная выбарчая камісія Беларусі дзеліць галасы кожнага кандыдата на ',
    cecStrong: 'колькасць усіх выбаршчыкаў, якія прынялі ўдзел у галасаванні',
    cecAfter: ', уключаючы несапраўдныя бюлетэні.',
    refBefore: (a: string, b: string) => `Даведачныя выданні, напрыклад табліцы ${a} і ${b}, дзеляць толькі на `,
    refStrong: 'колькасць сапраўдных галасоў',
    refAfter: ', таму ў кожнага кандыдата доля атрымліваецца крыху большая.',
    exampleStart: (label: string) => `Напрыклад, у галасаванні ${label} доля пераможцы паводле метаду ЦВК склала `,
    exampleMiddle: ', а ад сапраўдных галасоў — ',
    exampleEnd: '.',
    site: 'Сайт паўсюль карыстаецца метадам ЦВК, а другі спосаб пазначае асобна.',
    turnout: 'Яўка гэтаксама — колькасць выбаршчыкаў, якія прынялі ўдзел, падзеленая на колькасць выбаршчыкаў у спісах.',
    methodLink: 'Падрабязней пра метад',
  },
  turnoutAlt: {
    heading: 'Іншыя лічбы яўкі',
    start: (label: string) => `${label}: `,
    middle: ' — як апублікавана; ',
    end: (note: string) => `${note ? ` (${lowerFirst(note).replace(/\.$/, '')})` : ''}.`,
  },
  exceptions: {
    heading: 'Дзе апублікаваныя долі і колькасці галасоў не сыходзяцца',
    intro: 'Кожную долю на гэтай старонцы, за якой стаяць апублікаваныя колькасці галасоў, мы правяраем па іх. Не супадаюць толькі гэтыя; яны пакінуты такімі, як былі апублікаваны:',
    start: (label: string, field: string) => `${label}, ${field}: апублікавана `,
    computed: (percent: string) => `; паводле колькасці галасоў атрымліваецца ${percent}. `,
    fields: {
      'winner.share': 'доля пераможцы',
      'winner.shareValid': 'доля пераможцы ад сапраўдных галасоў',
      'runnerUp.share': 'доля кандыдата на другім месцы',
      'runnerUp.shareValid': 'доля кандыдата на другім месцы ад сапраўдных галасоў',
      'againstAll.share': 'доля галасоў «супраць усіх»',
      'againstAll.shareValid': 'доля галасоў «супраць усіх» ад сапраўдных галасоў',
      'invalid.share': 'доля несапраўдных бюлетэняў',
      turnout: 'яўка',
      turnoutAlt: 'другая лічба яўкі',
    },
  },
  otherShares: {
    heading: 'Іншыя долі, якія вы маглі бачыць',
    start: (label: string, percent: string, basis: string) => `${label}: ${percent} (${basis}), тады як афіцыйная доля — `,
    after: '. ',
    bases: { valid: 'ад сапраўдных галасоў', 'took-part': 'ад выбаршчыкаў, якія прынялі ўдзел', unclear: 'база незразумелая' },
  },
  preliminary: {
    heading: 'Папярэднія і канчатковыя вынікі',
    intro: 'Дзе папярэдняя аб’ява адрознівалася ад канчатковага выніку:',
    caption: 'Папярэднія і канчатковыя лічбы ранейшых тураў галасавання',
    vote: 'Галасаванне',
    figure: 'Паказчык',
    preliminary: 'Папярэднія',
    final: 'Канчатковыя',
    announced: 'папярэднія: ',
    figures: { 'winner.share': 'Доля пераможцы', 'runner-up.share': 'Доля кандыдата на другім месцы', 'against-all.share': 'Супраць усіх', turnout: 'Яўка' },
  },
  charts: 'Графікі',
};
