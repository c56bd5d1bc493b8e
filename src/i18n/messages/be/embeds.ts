import type { embeds as en } from '../en/embeds.ts';
import type { Translation } from '../types.ts';

export const embeds: Translation<typeof en> = {
  credit: 'Дыяграма: ',
  newTab: ' (адкрываецца ў новай укладцы)',
};
