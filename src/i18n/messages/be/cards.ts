import type { cards as en } from '../en/cards.ts';
import type { Translation } from '../types.ts';

export const cards: Translation<typeof en> = {};
