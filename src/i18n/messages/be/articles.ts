import type { articles as en } from '../en/articles.ts';
import type { Translation } from '../types.ts';
import { plural } from '../../format.ts';

export const articles: Translation<typeof en> = {
  lede: 'Пытанні пра выбары: адказ на кожнае можна прачытаць за некалькі хвілін, кожная лічба ўзята з дадзеных, кожнае сцвярджэнне мае крыніцу.',
  englishOnly: 'Пакуль артыкулы ёсць толькі па-англійску.',
  updated: 'абноўлена',
  minutes: (n) => plural('be', n, { one: '{n} хвіліна чытання', few: '{n} хвіліны чытання', many: '{n} хвілін чытання', other: '{n} хвіліны чытання' }),
};
