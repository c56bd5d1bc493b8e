import type { feeds as en } from '../en/feeds.ts';
import type { Translation } from '../types.ts';

export const feeds: Translation<typeof en> = {
  categories: { article: 'Статья', dataChange: 'Изменение в данных', correction: 'Исправление' },
  dataTitle: (title: string) => `Данные: ${title}`,
  dataDescription: (change: string, reason: string) => `${change} Почему: ${reason}`,
  correctionTitle: (where: string) => `Исправление: ${where}`,
  correctionDescription: (was: string, now: string, why: string) => `Мы писали (по-английски): «${was}» Теперь (по-английски): «${now}» Почему: ${why}`,
  articleDescription: (description: string) => `Статья на английском языке. ${description}`,
  articleTitle: (title: string) => `${title} (на английском)`,
};
