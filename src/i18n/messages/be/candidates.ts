import type { candidates as en } from '../en/candidates.ts';
import type { Translation } from '../types.ts';

export const candidates: Translation<typeof en> = {};
