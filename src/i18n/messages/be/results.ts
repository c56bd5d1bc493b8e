import type { results as en } from '../en/results.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export const results: Translation<typeof en> = {
  lede: {
    preliminary: (date: string) => `Цэнтральная выбарчая камісія (ЦВК) абвясціла папярэднія вынікі ${date}`,
    final: (date: string) => `, а ${date} зацвердзіла канчатковыя`,
    end: '.',
    unchanged: (comparable: number) =>
      `Усе паказчыкі, дакладныя значэнні якіх ёсць у абедзвюх аб’явах, у іх супадаюць (${plural('be', comparable, { one: '{n} паказчык', few: '{n} паказчыкі', many: '{n} паказчыкаў', other: '{n} паказчыка' })}).`,
    changed: (comparable: number, changed: number, list: string) =>
      `З ${plural('be', comparable, { one: '{n} паказчыка', few: '{n} паказчыкаў', many: '{n} паказчыкаў', other: '{n} паказчыка' })}, дакладныя значэнні якіх ёсць у абедзвюх аб’явах, ${plural('be', changed, { one: 'змяніўся {n}', few: 'змяніліся {n}', many: 'змянілася {n}', other: 'змянілася {n}' })}: ${list}.`,
    basis: 'Долі лічацца ад усіх выбаршчыкаў, якія прынялі ўдзел у галасаванні, уключаючы несапраўдныя бюлетэні: так лічыць ЦВК.',
    official: 'Гэта афіцыйныя лічбы ў тым выглядзе, у якім іх перадавалі СМІ; ніякія незалежныя назіральнікі падлік не правяралі.',
    evidenceLink: 'Ці можна праверыць афіцыйныя лічбы?',
    evidenceAfter: ' Якія незалежныя сведчанні ёсць і чаго знайсці не ўдалося.',
  },
  table: {
    heading: 'Галасы і долі',
    captionStart: (date: string) => `Прэзідэнцкія выбары ${date}, вынікі: `,
    captionMiddle: '; ',
    captionEnd: '',
    candidate: 'Кандыдат',
    votesFinal: 'Галасы, канчатковыя',
    shareFinal: 'Доля, канчатковая',
    votesPreliminary: 'Галасы, папярэднія',
    sharePreliminary: 'Доля, папярэдняя',
    againstAll: 'Супраць усіх',
    notSeparately: 'асобна не паведамлялася',
  },
  totals: {
    'took-part': 'Прынялі ўдзел у галасаванні',
    'invalid.votes': 'Несапраўдныя бюлетэні',
    'ballots-issued': 'Выдадзена бюлетэняў',
    registered: 'Выбаршчыкаў у спісах',
    turnout: 'Яўка (прынялі ўдзел ÷ у спісах)',
    'turnout-ballots-issued': 'Выдадзена бюлетэняў ÷ у спісах',
  },
  countNotes: {
    rounded: (names: string, truncated: boolean) =>
      `${names}: у справаздачы пра выніковае пасяджэнне галасы пададзены ў тысячах${truncated ? ', прычым лічбы абрэзаны, а не акруглены' : ''}. `,
    missing: (names: string) => `${names}: лічбаў галасоў з выніковага пасяджэння не знойдзена. `,
    exact: (date: string) => `Іх дакладныя лічбы — тыя, што былі абвешчаны ${date}${date.endsWith('.') ? '' : '.'} `,
    againstAllRounded: 'Дакладнай колькасці галасоў «супраць усіх» у выкарыстаных крыніцах не знойдзена; адзінае знойдзенае паведамленне дае яе ў тысячах. ',
    basesLink: 'Як лічацца долі і яўка',
  },
  turnout: {
    heading: 'Яўка',
    text: 'Яўка паводле метаду ЦВК — гэта колькасць выбаршчыкаў, якія прынялі ўдзел у галасаванні, падзеленая на колькасць выбаршчыкаў у спісах. Некаторыя паведамленні даюць і другую лічбу — колькасць выдадзеных бюлетэняў, падзеленую на колькасць выбаршчыкаў у спісах; гэтыя дзве лічбы адрозніваюцца ў другім знаку пасля коскі.',
    whyLink: 'Чаму лічбаў дзве',
    figures: {
      turnout: 'Яўка: прынялі ўдзел ÷ выбаршчыкі ў спісах (лічба ЦВК)',
      ballots: 'Выдадзена бюлетэняў ÷ выбаршчыкі ў спісах',
      early: 'Прагаласавалі датэрмінова (21–25 студзеня)',
      electionDay: 'Прагаласавалі ў дзень выбараў',
    },
    regionsLink: 'Яўка ў кожным рэгіёне па днях',
  },
  pollingStations: {
    heading: 'Выбарчыя ўчасткі',
    belarus: 'Выбарчыя ўчасткі ў Беларусі',
    hospitals: 'з іх у бальніцах і падобных установах',
    military: 'з іх у вайсковых часцях',
    abroad: 'Выбарчыя ўчасткі за мяжой',
  },
  comparison: {
    heading: 'Папярэднія вынікі ў параўнанні з канчатковымі',
    intro: 'Вылічана тут, паказчык за паказчыкам: там, дзе абедзве аб’явы даюць дакладнае значэнне, — змена паміж імі.',
    caption: (pre: string, fin: string) => `Змена ад папярэдніх вынікаў (${pre}) да канчатковых (${fin})`,
    figure: 'Паказчык',
    preliminary: 'Папярэднія',
    final: 'Канчатковыя',
    change: 'Змена',
    rows: {
      registered: 'Выбаршчыкаў у спісах',
      'ballots-issued': 'Выдадзена бюлетэняў',
      'took-part': 'Прынялі ўдзел у галасаванні',
      turnout: 'Яўка',
      'against-all.votes': 'Супраць усіх, галасы',
      'against-all.share': 'Супраць усіх, доля',
      'invalid.votes': 'Несапраўдныя бюлетэні',
    },
    candidateVotes: (name: string) => `${name}, галасы`,
    candidateShare: (name: string) => `${name}, доля`,
    none: 'няма',
    notComparable: 'параўнаць нельга',
  },
  derived: {
    heading: 'Што вынікае з лічбаў',
    intro: 'Арыфметыка на аснове апублікаваных лічбаў, а не самі апублікаваныя лічбы:',
    formulas: {
      '2025.final.candidates-total': 'сума дакладных лічбаў галасоў пяці кандыдатаў (абвешчаных 27 студзеня)',
      '2025.final.against-all-plus-invalid': 'выбаршчыкі, якія прынялі ўдзел, − галасы за пяць кандыдатаў',
      '2025.final.ballots-not-returned': 'выдадзеныя бюлетэні − выбаршчыкі, якія прынялі ўдзел',
    },
  },
  gaps: {
    heading: 'Лічбы, якіх не дае ніводная крыніца',
    intro: (gap: string) => `Гэтыя лічбы шукалі, але ў выкарыстаных крыніцах не знайшлі. Сайт паказвае кожную з іх як «${gap}», а не падстаўляе здагадку ці нуль.`,
    turnout: (where: string, checkpoint: string) => `Яўка ў ${where}, ${lower(checkpoint)}`,
    belarus: 'Беларусі',
    candidateVotes: (name: string, stage: 'final' | 'preliminary') => `${name}, дакладная колькасць галасоў (${stage === 'final' ? 'канчатковыя вынікі' : 'папярэднія вынікі'})`,
    what: {
      registered: 'Выбаршчыкаў у спісах',
      'ballots-issued': 'Выдадзена бюлетэняў',
      invalid: 'Несапраўдныя бюлетэні',
      'against-all': 'Супраць усіх, дакладная колькасць галасоў',
    },
    other: (what: string, stage: 'final' | 'preliminary') => `${what} (${stage === 'final' ? 'канчатковыя вынікі' : 'папярэднія вынікі'})`,
  },
};
