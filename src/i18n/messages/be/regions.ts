import type { regions as en } from '../en/regions.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const NOMINATIVE = ['', 'адна', 'дзве', 'тры', 'чатыры', 'пяць', 'шэсць', 'сем', 'восем', 'дзевяць', 'дзесяць'];
const GENITIVE = ['', 'адной', 'дзвюх', 'трох', 'чатырох', 'пяці', 'шасці', 'сямі', 'васьмі', 'дзевяці', 'дзесяці'];
const word = (words: string[], n: number) => words[n] ?? String(n);

export const regions: Translation<typeof en> = {
  belarus: 'Беларусь',
  index: {
    lede: (oblasts: number, earlyRange: string) =>
      `У Беларусі ${word(NOMINATIVE, oblasts)} ${plural('be', oblasts, { one: 'вобласць', few: 'вобласці', many: 'абласцей', other: 'вобласці' })} і сталіца, Мінск, якая лічыцца асобным рэгіёнам. ЦВК паведамляла пра яўку ў кожным з іх пасля кожнага дня датэрміновага галасавання (${earlyRange}), апоўдні ў дзень выбараў і пры закрыцці ўчасткаў.`,
    interim: 'Гэта прамежкавыя лічбы ЦВК, а не выніковы пратакол.',
    measure: (measure: string, gap: string) => `Лічба ў табліцы — ${lowerFirst(measure)}. Долі кандыдатаў па рэгіёнах: ${gap}.`,
    tableHeading: 'Яўка па днях',
    caption: (regionCount: number) =>
      `Яўка з пачатку галасавання ў ${word(GENITIVE, regionCount)} ${plural('be', regionCount, { one: 'рэгіёне', few: 'рэгіёнах', many: 'рэгіёнах', other: 'рэгіёнах' })} і ў цэлым па краіне пасля кожнага дня датэрміновага галасавання і ў дзень выбараў; выбарчыя ўчасткі; лічба 2020 года на момант закрыцця ўчасткаў`,
    region: 'Рэгіён',
    pollingStations: 'Выбарчыя ўчасткі',
    y2020: '2020, 20:00',
    nationalOnly: (checkpoints: string, gap: string) => `${checkpoints}: выкарыстаныя крыніцы даюць толькі лічбу па краіне, а для кожнага з рэгіёнаў пазначана «${gap}». `,
    abroadStart: 'У 2025 годзе выбарчых участкаў за мяжой не адкрывалі (',
    abroadMiddle: '; у 2020 годзе: ',
    abroadEnd: '); грамадзяне, якія знаходзіліся за мяжой, маглі прагаласаваць на вызначаных для гэтага ўчастках у Беларусі.',
    about2020: (note: string) => `Слупок 2020 года — ${lowerFirst(note)}`,
    charts: 'Графікі',
    notFoundHeading: 'Чаго не дае ніводная крыніца',
    eachShown: (gap: string) => `Кожная такая лічба пазначана як «${gap}» — ніколі не як здагадка ці нуль.`,
  },
  region: {
    is: (isCity: boolean, oblasts: number) => ` — ${isCity ? 'сталіца, якая лічыцца асобным рэгіёнам' : `адна з ${word(GENITIVE, oblasts)} абласцей`}.`,
    beNamePrefix: '',
    closeStart: (date: string) => `Пры закрыцці ўчасткаў ${date} яўка тут, паводле ЦВК, склала `,
    nationalBefore: (cmp: 'above' | 'below' | 'equal') => `, ${cmp === 'above' ? 'што вышэй, чым' : cmp === 'below' ? 'што ніжэй, чым' : 'як і'} у цэлым па краіне: `,
    nationalAfter: '',
    closeEnd: '.',
    y2020Before: (cmp: 'higher' | 'lower' | 'same') => `Гэта ${cmp === 'higher' ? 'вышэй, чым' : cmp === 'lower' ? 'ніжэй, чым' : 'столькі ж, колькі'} у 2020 годзе, калі ў тую ж гадзіну называлася лічба `,
    y2020After: '.',
    interim: 'Гэта прамежкавыя лічбы ЦВК, паведамленыя ў той жа дзень.',
    turnoutHeading: 'Яўка падчас датэрміновага галасавання і ў дзень выбараў',
    measure: (measure: string) => `${measure} — пасля кожнага дня.`,
    caption: (name: string) => `Яўка з пачатку галасавання: ${name} і Беларусь у цэлым`,
    when: 'Калі',
    pollingHeading: 'Выбарчыя ўчасткі',
    pollingIn: (name: string) => `Выбарчыя ўчасткі ў ${name}`,
    pollingNational: 'У Беларусі ў цэлым',
    y2020Heading: '2020 год для параўнання',
    registered2020: 'Выбаршчыкаў у спісах (перад выбарамі)',
    turnoutClose2020: 'Яўка на момант закрыцця ўчасткаў',
    share2020: (surname: string) => `${surname}: доля галасоў`,
    notFoundHeading: 'Чаго не дае ніводная крыніца',
    notFoundItem: (text: string, gap: string) => `${text.replace(/\.$/, '')}: ${gap}.`,
    turnoutGap: (checkpoint: string, gap: string) => `Яўка, ${lowerFirst(checkpoint)}: ${gap}.`,
    otherRegions: 'Іншыя рэгіёны',
    allRegions: 'Усе рэгіёны',
  },
};
