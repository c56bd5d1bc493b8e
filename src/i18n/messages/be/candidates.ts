import type { candidates as en } from '../en/candidates.ts';
import type { Translation } from '../types.ts';
import { formatList, plural } from '../../format.ts';

const ORDINAL = ['', 'першае', 'другое', 'трэцяе', 'чацвёртае', 'пятае', 'шостае', 'сёмае', 'восьмае', 'дзявятае', 'дзясятае'];
const GENITIVE = ['', 'аднаго', 'двух', 'трох', 'чатырох', 'пяці', 'шасці', 'сямі', 'васьмі', 'дзевяці', 'дзесяці'];

export const candidates: Translation<typeof en> = {
  lede: {
    registeredBefore: 'ЦВК зарэгістравала ',
    registeredAfter: (count: number) => ` ${plural('be', count, { one: 'кандыдата', few: 'кандыдаты', many: 'кандыдатаў', other: 'кандыдата' })}.`,
    order: 'Тут яны пералічаны ў парадку канчатковага выніку.',
    names: 'Імёны напісаны па-беларуску; пасля кожнага пададзены яго англійская форма на гэтым сайце, іншыя напісанні, знойдзеныя ў крыніцах, і форма па-руску.',
    namesLink: 'Як пішуцца імёны',
  },
  result: 'Вынік',
  votes: (count: number) => ` ${plural('be', count, { one: 'голас', few: 'галасы', many: 'галасоў', other: 'голасу' })}`,
  winner: 'першае месца, абвешчаная перамога',
  place: (place: number, of: number) => `${ORDINAL[place] ?? `${place}-е`} месца з ${GENITIVE[of] ?? String(of)}`,
  english: 'Па-англійску (на гэтым сайце)',
  otherEnglish: 'Іншыя англійскія напісанні',
  belarusian: 'Па-беларуску',
  russian: 'Па-руску',
  nomination: 'Вылучэнне',
  party: 'Партыя',
  born: 'Дата і месца нараджэння',
  birthDates: (dates: string[]) => formatList('be', dates, 'disjunction'),
  conflict: 'Крыніцы разыходзяцца ў даце: ',
  role: 'Роля',
  signatures: 'Сапраўдных подпісаў пры рэгістрацыі',
  sourcesOn: (name: string) => `${name}: крыніцы`,
  references: 'Спасылкі',
  resultsLink: 'Поўныя вынікі',
  timelineLink: 'Як рэгістравалі кандыдатаў — у храналогіі',
};
