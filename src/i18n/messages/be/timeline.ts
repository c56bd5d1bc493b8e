import type { timeline as en } from '../en/timeline.ts';
import type { Translation } from '../types.ts';

export const timeline: Translation<typeof en> = {};
