import type { search as en } from '../en/search.ts';
import type { Translation } from '../types.ts';

export const search: Translation<typeof en> = {
  noJsStrong: 'Для поиска нужен JavaScript',
  noJsRest: ', а в этом браузере он отключён или не загрузился. До каждой страницы можно добраться по ссылкам ниже.',
  label: 'Поиск по статьям и страницам',
  button: 'Найти',
  hint: (name) => `Например: явка, досрочное голосование, ${name}.`,
  stemming: '',
  results: 'Результаты поиска',
  browse: 'Или перейдите в раздел',
  status: {
    searching: 'Идёт поиск…',
    none: 'По запросу «{q}» ничего не найдено.',
    found: {
      one: '{n} результат по запросу «{q}»{more}.',
      few: '{n} результата по запросу «{q}»{more}.',
      many: '{n} результатов по запросу «{q}»{more}.',
      other: '{n} результата по запросу «{q}»{more}.',
    },
    more: '; показаны первые {max}',
    failed: 'Не удалось загрузить поиск. Попробуйте ещё раз или воспользуйтесь ссылками ниже.',
  },
};
