import { z } from 'zod';
import { SourceKeySchema, isRealIsoDate } from './common.ts';
import { translated } from './translations.ts';

/** A full, partial (2025-01), ranged (2025-01-24/2025-01-25) or absent ("undated") date. */
const SourceDateSchema = z
  .string()
  .refine(
    (s) => {
      if (s === 'undated') return true;
      const [a, b, ...rest] = s.split('/');
      if (rest.length || !a) return false;
      const ok = (d: string) => /^\d{4}$/.test(d) || (/^\d{4}-\d{2}$/.test(d) && Number(d.slice(5)) >= 1 && Number(d.slice(5)) <= 12) || isRealIsoDate(d);
      if (!ok(a)) return false;
      if (b === undefined) return true;
      return isRealIsoDate(a) && isRealIsoDate(b) && a <= b;
    },
    { error: 'a date YYYY-MM-DD, a partial date YYYY-MM or YYYY, an ordered range YYYY-MM-DD/YYYY-MM-DD, or "undated"' },
  );

/**
 * The languages source titles are written in: English, Belarusian (Cyrillic
 * and Łacinka), Russian, Ukrainian, and the others the sources use.
 */
const TITLE_LANGS = ['en', 'be', 'be-Latn', 'ru', 'uk', 'de', 'es', 'it', 'pl', 'pt', 'sk', 'zh'] as const;
type TitleLang = (typeof TITLE_LANGS)[number];

const SourceSchema = z
  .strictObject({
    key: SourceKeySchema.describe('Citation key, unchanged from the reference (e.g. "menafn_joint_0127")'),
    title: z.string().min(1).describe('Title as the reference gives it; bracketed titles are descriptive'),
    lang: z
      .enum(TITLE_LANGS)
      .describe('BCP 47 language of the title proper (a bracketed description is ours, in English; a parenthesis we added does not count), rendered as its lang attribute'),
    publisher: z.string().min(1).describe('Publisher, with "via", "citing", mirror or aggregator notes as the reference gives them'),
    author: z.string().min(1).optional(),
    date: SourceDateSchema.describe('Publication date as far as the reference knows it; never filled in'),
    dateNote: z.string().min(1).optional().describe('What the date is, when it needs saying (English; Belarusian and Russian beside it)'),
    ...translated('dateNote'),
    url: z
      .string()
      .refine((u) => u === 'no-url' || /^https?:\/\/[^\s]+$/.test(u), { error: 'an http(s) URL exactly as the reference gives it, or "no-url"' })
      .describe('The reference URL exactly as given, or "no-url"'),
    note: z.string().min(1).optional().describe('What a reader should know about the source (English; Belarusian and Russian beside it)'),
    ...translated('note'),
  })
  .describe('A source cited by the site');
export type Source = z.output<typeof SourceSchema>;
export const SourcesFileSchema = z.array(SourceSchema).min(1, { error: 'at least one record' });
