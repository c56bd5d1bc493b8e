import type { sources as en } from '../en/sources.ts';
import type { Translation } from '../types.ts';

export const sources: Translation<typeof en> = {};
