import type { common as en } from '../en/common.ts';
import type { Translation } from '../types.ts';

export const common: Translation<typeof en> = {
  gap: 'афіцыйная лічба не знойдзена',
  gapLong: 'афіцыйная лічба ў выкарыстаных крыніцах не знойдзена',
  figureTitle: {
    notFound: 'У выкарыстаных крыніцах не знойдзена',
    rounded: 'Так, як паведамлялася, з акругленнем; не дакладная лічба',
    derived: (_formula: string) => 'Вылічана намі з апублікаваных лічбаў',
    estimate: (producer: string, _of: string) => `Ацэнка, не афіцыйная лічба${producer ? ` (${producer})` : ''}`,
  },
  flags: {
    rounded: '(паводле паведамленняў, з акругленнем)',
    derived: '(вылічана)',
    estimate: '(ацэнка)',
    singleSource: '(адна крыніца)',
  },
  qualifiers: { about: 'каля', 'at-least': 'не менш за', 'more-than': 'больш за', nearly: 'амаль' },
  units: { thousand: 'тыс.', million: 'млн' },
  stages: {
    final: 'канчатковыя',
    preliminary: 'папярэднія',
    intermediate: 'прамежкавая лічба ЦВК',
    electionNight: 'лічба ЦВК у ноч выбараў',
  },
  statuses: {
    published: 'апублікавана',
    'reported-rounded': 'паведамлена з акругленнем',
    derived: 'вылічана намі',
    'not-found': 'афіцыйная лічба не знойдзена',
    estimate: 'ацэнка (не афіцыйная)',
  },
  producers: {
    'independent-civil-society': 'Незалежная грамадзянская супольнасць',
    'opposition-aligned': 'Блізкія да апазіцыі',
    'independent-research': 'Незалежныя даследаванні',
    state: 'Дзяржава',
    'state-invited-international': 'Міжнародныя назіральнікі, запрошаныя дзяржавай',
    'international-body': 'Міжнародная арганізацыя',
  },
  cite: {
    source: (n: number) => `крыніца ${n}`,
  },
  references: {
    heading: 'Крыніцы',
    noUrl: 'Адраса няма.',
    allUses: 'Усе спасылкі на гэтую крыніцу',
    kinds: { mirror: 'копія', aggregator: 'агрэгатар', reposting: 'перадрук' },
  },
};
