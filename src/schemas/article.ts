/**
 * The article contract: the frontmatter of content/articles/*.mdx and the
 * props of the components articles use (<Figure>, <Cite>). The build (Astro's
 * content collection), `npm run validate` and the components themselves parse
 * with these, so a typo reads the same everywhere.
 */
import { z } from 'zod';
import { CHART_IDS } from './chart-ids.ts';
import { FigureKeySchema, IdSchema, IsoDateSchema, SourceKeySchema } from './common.ts';

/** YAML turns an unquoted 2025-02-03 into a Date; accept it and keep the ISO day. */
const FrontmatterDateSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  IsoDateSchema,
);

const TypedNumberSchema = z
  .strictObject({
    value: z.string().min(1).regex(/\d/, { error: 'the number exactly as typed in the prose, e.g. "2587"' }).describe('The number exactly as typed in the prose'),
    reason: z.string().min(10, { error: 'a reason of at least a few words: why this number is typed rather than drawn from the data' }),
  })
  .describe('A number typed in prose on purpose (not a figure from the data), with the reason');

const ClaimSchema = z
  .strictObject({
    sentence: z.string().min(8, { error: 'a distinctive fragment of the sentence, as written (figures and citations left out)' }).describe('Words of the sentence that states the absolute or comparison'),
    source: SourceKeySchema.describe('The source that supports it'),
    quote: z.string().min(8, { error: 'the supporting words, quoted exactly from the reference (FACTS.md, INDEPENDENT.md, dataset.json) or the source article' }).describe('Supporting words, exactly as the reference has them'),
  })
  .describe('An absolute or comparison in the prose, with the words of the reference that support it');

export const ArticleFrontmatterSchema = z
  .strictObject({
    title: z
      .string()
      .min(1)
      .refine((t) => t.trim().endsWith('?'), { error: 'a title phrased as a question (ending with "?")' })
      .describe('The question the article answers'),
    description: z.string().min(20).max(300).describe('One or two sentences for the article list, search results and link previews'),
    published: FrontmatterDateSchema.describe('First publication, YYYY-MM-DD'),
    updated: FrontmatterDateSchema.describe('Last substantive update, YYYY-MM-DD (the publication date if none)'),
    sources: z
      .array(SourceKeySchema)
      .min(1)
      .refine((a) => new Set(a).size === a.length, { error: 'each source key listed once' })
      .describe('Every source key the article cites with <Cite id="…" />'),
    charts: z
      .array(z.enum(CHART_IDS, { error: `a chart id from src/schemas/chart-ids.ts (${CHART_IDS.join(', ')})` }))
      .default([])
      .describe('Related chart ids, linked under the article'),
    related: z.array(IdSchema).default([]).describe('Slugs of related articles (file names without .mdx)'),
    order: z.number().int().min(1).optional().describe('Position in the article list (1 first)'),
    typedNumbers: z.array(TypedNumberSchema).default([]).describe('Numbers typed in prose on purpose, each with a reason'),
    namesDiscussed: z
      .array(z.string().min(8, { error: 'a distinctive fragment of the sentence, as written' }))
      .default([])
      .describe('Fragments of the sentences that discuss the names themselves, where other spellings (Lukashenko) may appear'),
    claims: z.array(ClaimSchema).default([]).describe('Sentences stating a universal or a comparison, each with its source and supporting words'),
  })
  .refine((a) => a.updated >= a.published, { error: 'an updated date on or after the published date', path: ['updated'] });
export type ArticleFrontmatter = z.output<typeof ArticleFrontmatterSchema>;

/**
 * The frontmatter of a translation, content/articles/<be|ru>/<slug>.mdx. It
 * takes `sources`, `charts`, `related` and `order` from the English file of
 * the same slug; it has its own words (title, description, the fragments of
 * its sentences that state claims or discuss names) and records the English
 * text it was made from.
 */
export const TranslationFrontmatterSchema = z
  .strictObject({
    title: ArticleFrontmatterSchema.shape.title,
    description: ArticleFrontmatterSchema.shape.description,
    translatedFrom: z
      // YAML reads an all-digit hash (000000000000) as a number: write it back as the 12 digits it was.
      .preprocess((v) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? String(v).padStart(12, '0') : v), z.string()
        .regex(/^[0-9a-f]{12}$/, { error: 'the 12-character hash of the English file the translation was made from (`npm run validate` prints it)' }))
      .describe('The hash of the English file this translation was made from'),
    published: FrontmatterDateSchema.describe('First publication of the translation, YYYY-MM-DD'),
    updated: FrontmatterDateSchema.describe('Last substantive update of the translation, YYYY-MM-DD'),
    typedNumbers: z.array(TypedNumberSchema).default([]).describe('Numbers typed in prose on purpose, each with a reason'),
    namesDiscussed: ArticleFrontmatterSchema.shape.namesDiscussed,
    claims: z.array(ClaimSchema).default([]).describe('Sentences stating a universal or a comparison: a fragment in the translation\'s words, the source, and the supporting words as the (English) reference has them'),
  })
  .refine((a) => a.updated >= a.published, { error: 'an updated date on or after the published date', path: ['updated'] });
export type TranslationFrontmatter = z.output<typeof TranslationFrontmatterSchema>;

/**
 * `<Figure of="2025.final.lukashenka.share" />`: one figure from the data.
 * `<Figure of="1994-r2.winner.votes" per="1994-r2.took-part" decimals="3" />`:
 * a share we compute from two counts in the data (shown as computed).
 */
export const FigurePropsSchema = z
  .strictObject({
    of: FigureKeySchema.describe('The figure key, as listed in content/data/README.md'),
    show: z.enum(['value', 'date']).default('value').describe('"value" (the figure) or "date" (the date it was announced or refers to)'),
    long: z.boolean().default(false).describe('For a figure not found: say "no official figure found in the sources consulted"'),
    per: FigureKeySchema.optional().describe('A count to divide `of` by: the figure becomes the computed percentage of/per'),
    decimals: z
      .preprocess((v) => (typeof v === 'number' ? String(v) : v), z.enum(['0', '1', '2', '3', '4'], { error: 'decimals="0" to decimals="4"' }))
      .optional()
      .describe('Decimals of a computed percentage (with per); 2 if not given'),
  })
  .refine((p) => p.decimals === undefined || p.per !== undefined, { error: 'decimals only together with per', path: ['decimals'] })
  .refine((p) => p.per === undefined || p.show === 'value', { error: 'show="date" cannot be combined with per', path: ['show'] });
type FigureProps = z.input<typeof FigurePropsSchema>;

/** `<Cite id="menafn_joint_0127" />`: one numbered citation (`id`, not `key`: JSX reserves `key`). */
export const CitePropsSchema = z.strictObject({
  id: SourceKeySchema.describe('A source key from content/data/sources.json'),
  for: z.string().optional().describe('Why this source is cited here, when it follows a <Figure> it is not a source of; for the editor, never rendered'),
});
type CiteProps = z.input<typeof CitePropsSchema>;

/**
 * `<Quote lang="en" original="cannot be free or fair" text="не могуць быць свабоднымі і сумленнымі" />`:
 * in a translation, a quotation from a source in another language, given in
 * our translation and marked as such, with the original words beside it.
 */
export const QuotePropsSchema = z.strictObject({
  lang: z.enum(['en'], { error: 'lang="en": the language of the original words' }).describe('The language of the original'),
  original: z.string().min(1).describe('The original words, exactly as the English article quotes them'),
  text: z.string().min(1).describe('Our translation of them'),
});

/** The component names an article may use, and the attributes each accepts. */
export const ARTICLE_COMPONENTS = {
  Figure: ['of', 'show', 'long', 'per', 'decimals'],
  Cite: ['id', 'for'],
  ChartFigure: ['id'],
  Quote: ['lang', 'original', 'text'],
} as const;
export type ArticleComponentName = keyof typeof ARTICLE_COMPONENTS;
