import type { evidence as en } from '../en/evidence.ts';
import type { Translation } from '../types.ts';

export const evidence: Translation<typeof en> = {};
