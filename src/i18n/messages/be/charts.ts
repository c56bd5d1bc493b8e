import type { charts as en } from '../en/charts.ts';
import type { Translation } from '../types.ts';

export const charts: Translation<typeof en> = {};
