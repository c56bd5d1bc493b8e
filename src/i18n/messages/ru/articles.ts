import type { articles as en } from '../en/articles.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

export const articles: Translation<typeof en> = {
  lede: 'Вопросы о выборах: ответ на каждый можно прочитать за несколько минут, каждая цифра взята из данных, каждое утверждение подкреплено источником.',
  englishOnly: 'Пока статьи есть только на английском.',
  updated: 'обновлено',
  minutes: (n) => plural('ru', n, { one: '{n} минута чтения', few: '{n} минуты чтения', many: '{n} минут чтения', other: '{n} минуты чтения' }),
};
