import type { data as en } from '../en/data.ts';
import type { Translation } from '../types.ts';

export const data: Translation<typeof en> = {};
