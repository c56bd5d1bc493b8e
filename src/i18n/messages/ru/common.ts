import type { common as en } from '../en/common.ts';
import type { Translation } from '../types.ts';

export const common: Translation<typeof en> = {
  gap: 'официальная цифра не найдена',
  gapLong: 'официальная цифра в использованных источниках не найдена',
  figureTitle: {
    notFound: 'В использованных источниках не найдено',
    rounded: 'Как сообщалось, с округлением; не точное число',
    derived: (_formula: string) => 'Вычислено нами из опубликованных цифр',
    estimate: (producer: string, _of: string) => `Оценка, не официальная цифра${producer ? ` (${producer})` : ''}`,
  },
  flags: {
    rounded: '(по сообщениям, округлено)',
    derived: '(вычислено)',
    estimate: '(оценка)',
    singleSource: '(один источник)',
  },
  qualifiers: { about: 'около', 'at-least': 'не менее', 'more-than': 'более', nearly: 'почти' },
  units: { thousand: 'тыс.', million: 'млн' },
  stages: {
    final: 'окончательные',
    preliminary: 'предварительные',
    intermediate: 'промежуточная цифра ЦИК',
    electionNight: 'цифра ЦИК в ночь выборов',
  },
  statuses: {
    published: 'опубликовано',
    'reported-rounded': 'сообщено с округлением',
    derived: 'вычислено нами',
    'not-found': 'официальная цифра не найдена',
    estimate: 'оценка (не официальная)',
  },
  producers: {
    'independent-civil-society': 'Независимое гражданское общество',
    'opposition-aligned': 'Близкие к оппозиции',
    'independent-research': 'Независимые исследования',
    state: 'Государство',
    'state-invited-international': 'Международные наблюдатели, приглашённые государством',
    'international-body': 'Международная организация',
  },
  cite: {
    source: (n: number) => `источник ${n}`,
  },
  references: {
    heading: 'Источники',
    noUrl: 'Адреса нет.',
    allUses: 'Все ссылки на этот источник',
    kinds: { mirror: 'копия', aggregator: 'агрегатор', reposting: 'перепечатка' },
  },
};
