import type { feeds as en } from '../en/feeds.ts';
import type { Translation } from '../types.ts';

export const feeds: Translation<typeof en> = {
  categories: { article: 'Артыкул', dataChange: 'Змена ў дадзеных', correction: 'Выпраўленне' },
  dataTitle: (title: string) => `Дадзеныя: ${title}`,
  dataDescription: (change: string, reason: string) => `${change} Чаму: ${reason}`,
  correctionTitle: (where: string) => `Выпраўленне: ${where}`,
  correctionDescription: (was: string, now: string, why: string) => `Мы пісалі (па-англійску): «${was}» Цяпер (па-англійску): «${now}» Чаму: ${why}`,
  articleDescription: (description: string) => `Артыкул па-англійску. ${description}`,
  articleTitle: (title: string) => `${title} (па-англійску)`,
};
