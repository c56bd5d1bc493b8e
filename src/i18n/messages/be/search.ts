import type { search as en } from '../en/search.ts';
import type { Translation } from '../types.ts';

export const search: Translation<typeof en> = {};
