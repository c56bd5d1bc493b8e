import type { candidates as en } from '../en/candidates.ts';
import type { Translation } from '../types.ts';
import { formatList, plural } from '../../format.ts';

const ORDINAL = ['', 'первое', 'второе', 'третье', 'четвёртое', 'пятое', 'шестое', 'седьмое', 'восьмое', 'девятое', 'десятое'];
const GENITIVE = ['', 'одного', 'двух', 'трёх', 'четырёх', 'пяти', 'шести', 'семи', 'восьми', 'девяти', 'десяти'];

export const candidates: Translation<typeof en> = {
  lede: {
    registeredBefore: 'ЦИК зарегистрировала ',
    registeredAfter: (count: number) => ` ${plural('ru', count, { one: 'кандидата', few: 'кандидата', many: 'кандидатов', other: 'кандидата' })}.`,
    order: 'Здесь они перечислены в порядке окончательного результата.',
    names: 'Имена написаны по-русски; после каждого указаны его английская форма на этом сайте, другие написания, найденные в источниках, и форма по-белорусски.',
    namesLink: 'Как пишутся имена',
  },
  result: 'Результат',
  votes: (count: number) => ` ${plural('ru', count, { one: 'голос', few: 'голоса', many: 'голосов', other: 'голоса' })}`,
  winner: 'первое место, объявленная победа',
  place: (place: number, of: number) => `${ORDINAL[place] ?? `${place}-е`} место из ${GENITIVE[of] ?? String(of)}`,
  english: 'По-английски (на этом сайте)',
  otherEnglish: 'Другие английские написания',
  belarusian: 'По-белорусски',
  russian: 'По-русски',
  nomination: 'Выдвижение',
  party: 'Партия',
  born: 'Дата и место рождения',
  birthDates: (dates: string[]) => formatList('ru', dates, 'disjunction'),
  conflict: 'Источники расходятся в дате: ',
  role: 'Роль',
  signatures: 'Действительных подписей при регистрации',
  sourcesOn: (name: string) => `${name}: источники`,
  references: 'Ссылки',
  resultsLink: 'Полные итоги',
  timelineLink: 'Как регистрировали кандидатов — в хронологии',
};
