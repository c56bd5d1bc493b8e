import type { about as en } from '../en/about.ts';
import type { Translation } from '../types.ts';

export const about: Translation<typeof en> = {};
