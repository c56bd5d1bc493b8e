/**
 * content/data/people.json: everyone the site names, once, with the display
 * form of the name (Belarusian-based Latin for Belarusians; their own spelling
 * for others), a role, and the other forms of the name. Each form is either
 * `sourced` (with the source keys that print it) or `transliterated` (derived
 * by the rule in src/data/names/transliterate.ts from another form, named in
 * `from`; `npm run validate` recomputes it).
 */
import { z } from 'zod';
import { translated } from './translations.ts';
import { IdSchema, SourceListSchema } from './common.ts';

/** The fields a form can be derived from. */
export const NAME_FIELDS = ['name', 'ruLatin', 'be', 'ru', 'lacinka', 'latin'] as const;
export type NameField = (typeof NAME_FIELDS)[number];

const NameFormSchema = z.discriminatedUnion('status', [
  z.strictObject({
    form: z.string().min(1).describe('The name in this form'),
    status: z.literal('sourced'),
    sources: SourceListSchema.describe('Source keys whose text prints this form'),
  }),
  z.strictObject({
    form: z.string().min(1).describe('The name in this form'),
    status: z.literal('transliterated'),
    from: z.enum(NAME_FIELDS).describe('The form of this person it is derived from, by the rule in content/data/README.md'),
  }),
]);
export type NameForm = z.output<typeof NameFormSchema>;

/**
 * A Belarusian or Russian form of a foreigner's name that no source consulted
 * prints: the usual spelling of a well-known public figure in that language
 * (Дональд Трамп), with the basis in `note`. Never for a Belarusian (their
 * forms are sourced or transliterated) and never invented: a name with no
 * usual Cyrillic spelling stays Latin in every edition.
 */
const ConventionalFormSchema = z.strictObject({
  form: z.string().min(1).describe('The name in this form'),
  status: z.literal('conventional'),
  note: z.string().min(1).describe('Why this is the usual spelling'),
});
const CyrillicFormSchema = z.union([NameFormSchema, ConventionalFormSchema]);
export type CyrillicForm = z.output<typeof CyrillicFormSchema>;

const PERSON_GROUPS = ['candidate-2025', 'would-be-candidate', 'earlier-candidate', 'official', 'belarusian', 'foreign', 'author'] as const;

const PersonSchema = z
  .strictObject({
    id: IdSchema,
    name: NameFormSchema.describe('The display form, used in all prose and data text'),
    role: z.string().min(3).describe('Who they are, in a few words'),
    ...translated('role'),
    group: z.enum(PERSON_GROUPS),
    belarusian: z.boolean().describe('Belarusians get Belarusian-based display forms and their Cyrillic forms'),
    ruLatin: NameFormSchema.optional().describe('Russian-based Latin form'),
    be: CyrillicFormSchema.optional().describe('Belarusian Cyrillic'),
    ru: CyrillicFormSchema.optional().describe('Russian Cyrillic'),
    lacinka: NameFormSchema.optional().describe('Belarusian Łacinka, where a source prints it'),
    latin: NameFormSchema.optional().describe('The Latin form a source prints, when it is neither the display form nor Russian-based (Andrey Kuznechyk): the others are derived from it'),
    variants: z
      .array(z.strictObject({ form: z.string().min(1), sources: SourceListSchema.optional(), note: z.string().min(1).optional() }))
      .default([])
      .describe('Other Latin spellings found in sources: never to be used in our text'),
  })
  .refine((p) => !p.belarusian || (p.be !== undefined && p.ru !== undefined), { error: 'a Belarusian Cyrillic (be) and a Russian Cyrillic (ru) form for a Belarusian', path: ['be'] })
  .refine((p) => !p.belarusian || (p.be?.status !== 'conventional' && p.ru?.status !== 'conventional'), { error: 'a sourced or transliterated form for a Belarusian (a conventional form is for foreigners only)', path: ['be'] });
export type Person = z.output<typeof PersonSchema>;

export const PeopleFileSchema = z
  .array(PersonSchema)
  .min(1, { error: 'at least one person' })
  .refine((a) => new Set(a.map((p) => p.id)).size === a.length, { error: 'each id once' });
