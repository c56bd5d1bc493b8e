import type { regions as en } from '../en/regions.ts';
import type { Translation } from '../types.ts';

export const regions: Translation<typeof en> = {};
