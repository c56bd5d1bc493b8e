import type { embeds as en } from '../en/embeds.ts';
import type { Translation } from '../types.ts';

export const embeds: Translation<typeof en> = {
  credit: 'Диаграмма: ',
  newTab: ' (открывается в новой вкладке)',
};
