import type { timeline as en } from '../en/timeline.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

export const timeline: Translation<typeof en> = {
  lede: (count) =>
    `${plural('ru', count, { one: '{n} событие', few: '{n} события', many: '{n} событий', other: '{n} события' })} от назначения выборов до инаугурации в хронологическом порядке. Для каждого указаны источники; где источников мало, отмечена степень уверенности, а утверждение, которое делает лишь одна сторона, приведено как утверждение этой стороны.`,
  kinds: 'Виды событий:',
  categories: {
    process: 'Голосование',
    candidates: 'Кандидаты',
    prisoners: 'Политические заключённые',
    international: 'Международная реакция',
    results: 'Итоги',
  },
  confidence: {
    medium: 'средняя степень уверенности',
    low: 'низкая степень уверенности',
    'single-source': 'один источник',
  },
  about: (date) => `около ${date}`,
};
