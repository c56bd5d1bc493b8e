import type { results as en } from '../en/results.ts';
import type { Translation } from '../types.ts';

export const results: Translation<typeof en> = {};
