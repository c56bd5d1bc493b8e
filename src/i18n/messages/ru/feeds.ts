import type { feeds as en } from '../en/feeds.ts';
import type { Translation } from '../types.ts';

export const feeds: Translation<typeof en> = {};
