import type { articles as en } from '../en/articles.ts';
import type { Translation } from '../types.ts';

export const articles: Translation<typeof en> = {};
