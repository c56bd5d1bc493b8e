import type { history as en } from '../en/history.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

const NEUTER = ['', 'одно', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять', 'десять'];
const word = (n: number) => NEUTER[n] ?? String(n);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const ROUND = ['', 'первый', 'второй', 'третий'];

export const history: Translation<typeof en> = {
  roundLabel: (year: number, round: number) => `${year}, ${ROUND[round] ?? `${round}-й`} тур`,
  lede: {
    votes: (count: number, firstYear: number, laterVotes: string) =>
      `С обретения независимости в Беларуси ${plural('ru', count, { one: `прошло ${word(count)} президентское голосование`, few: `прошли ${word(count)} президентских голосования`, many: `прошло ${word(count)} президентских голосований`, other: `прошло ${word(count)} президентского голосования` })}: два тура в ${firstYear} году, затем по одному туру в ${laterVotes} годах.`,
    sameWinner: (name: string) => `Первое место во всех этих голосованиях занял один и тот же кандидат — ${name}.`,
    official: 'Цифры официальные; у каждого процента ниже указано, от чего он считается.',
  },
  table: {
    heading: (count: number) => `${capital(word(count))} ${plural('ru', count, { one: 'голосование', few: 'голосования', many: 'голосований', other: 'голосования' })}`,
    caption: (from: number, to: number) =>
      `Президентские голосования в Беларуси, ${from}–${to}: явка, победитель и кандидат, занявший второе место. Доли считаются от избирателей, принявших участие в голосовании (так считает ЦИК), если в столбце не указано, что от действительных голосов.`,
    vote: 'Голосование',
    pollingDay: 'День голосования',
    turnout: 'Явка',
    winner: 'Победитель',
    votes: 'Голоса',
    share: 'Доля',
    shareValid: 'Доля от действительных голосов',
    runnerUp: 'Второе место',
    againstAll: 'Против всех',
  },
  confidence: { medium: 'средняя степень уверенности', low: 'низкая степень уверенности', 'single-source': 'один источник' },
  note: {
    latest: (label: string, date: string) => `Строка ${label} составлена по окончательным итогам, объявленным ${date}; см. `,
    resultsLink: 'итоги 2025 года',
    end: '.',
    vote: (label: string, note: string) => `${label}: ${note} `,
    medium: (medium: string) => `У голосования с пометкой «${medium}» есть цифры, в которых источники не вполне сходятся.`,
  },
  bases: {
    heading: 'Два способа считать долю',
    cecBefore: 'Центральная избирательная комиссия Беларуси делит голоса каждого кандидата на ',
    cecStrong: 'число всех избирателей, принявших участие в голосовании',
    cecAfter: ', включая недействительные бюллетени.',
    refBefore: (a: string, b: string) => `Справочные издания, например таблицы ${a} и ${b}, делят только на `,
    refStrong: 'число действительных голосов',
    refAfter: ', поэтому у каждого кандидата доля получается немного выше.',
    exampleStart: (label: string) => `Например, в голосовании ${label} доля победителя по методу ЦИК составила `,
    exampleMiddle: ', а от действительных голосов — ',
    exampleEnd: '.',
    site: 'Сайт везде использует метод ЦИК, а другой способ отмечает отдельно.',
    turnout: 'Явка точно так же — число принявших участие избирателей, делённое на число избирателей в списках.',
    methodLink: 'Подробнее о методе',
  },
  turnoutAlt: {
    heading: 'Другие цифры явки',
    start: (label: string) => `${label}: `,
    middle: ' — как опубликовано; ',
    end: (note: string) => `${note ? ` (${lowerFirst(note).replace(/\.$/, '')})` : ''}.`,
  },
  exceptions: {
    heading: 'Где опубликованные доли и числа голосов расходятся',
    intro: 'Каждая доля на этой странице, за которой стоят опубликованные числа голосов, сверяется с ними. Не совпадают только эти; они оставлены в опубликованном виде:',
    start: (label: string, field: string) => `${label}, ${field}: опубликовано `,
    computed: (percent: string) => `; по числам голосов получается ${percent}. `,
    fields: {
      'winner.share': 'доля победителя',
      'winner.shareValid': 'доля победителя от действительных голосов',
      'runnerUp.share': 'доля кандидата на втором месте',
      'runnerUp.shareValid': 'доля кандидата на втором месте от действительных голосов',
      'againstAll.share': 'доля голосов «против всех»',
      'againstAll.shareValid': 'доля голосов «против всех» от действительных голосов',
      'invalid.share': 'доля недействительных бюллетеней',
      turnout: 'явка',
      turnoutAlt: 'другая цифра явки',
    },
  },
  otherShares: {
    heading: 'Другие доли, которые могли вам встречаться',
    start: (label: string, percent: string, basis: string) => `${label}: ${percent} (${basis}), тогда как официальная доля — `,
    after: '. ',
    bases: { valid: 'от действительных голосов', 'took-part': 'от принявших участие избирателей', unclear: 'база неясна' },
  },
  preliminary: {
    heading: 'Предварительные и окончательные итоги',
    intro: 'Где предварительное объявление отличалось от окончательного результата:',
    caption: 'Предварительные и окончательные цифры прежних голосований',
    vote: 'Голосование',
    figure: 'Показатель',
    preliminary: 'Предварительные',
    final: 'Окончательные',
    announced: 'предварительные: ',
    figures: { 'winner.share': 'Доля победителя', 'runner-up.share': 'Доля кандидата на втором месте', 'against-all.share': 'Против всех', turnout: 'Явка' },
  },
  charts: 'Графики',
};
