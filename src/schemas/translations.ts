/**
 * The Belarusian and Russian versions of the data's free text live beside
 * the English, in fields named after it: `text` has `textBe` and `textRu`,
 * `note` has `noteBe` and `noteRu`, `notFound` (a list) has `notFoundBe` and
 * `notFoundRu` (lists of the same length). The schema only types them;
 * `npm run validate` requires them where the English is published and checks
 * them (src/i18n/data-text.ts): present, the same `{{figure.key}}`
 * placeholders as the English, and in the right alphabet.
 */
import { z } from 'zod';

const be = z.string().min(1).describe('Belarusian version of the English field beside it (official orthography, apostrophe ’), with the same {{figure.key}} placeholders');
const ru = z.string().min(1).describe('Russian version of the English field beside it, with the same {{figure.key}} placeholders');

type Translated<K extends string, S extends z.ZodType> = { [P in `${K}Be` | `${K}Ru`]: z.ZodOptional<S> };

/** `noteBe` and `noteRu` beside `note`: spread into a strictObject. */
export function translated<K extends string>(key: K): Translated<K, z.ZodString> {
  return { [`${key}Be`]: be.optional(), [`${key}Ru`]: ru.optional() } as Translated<K, z.ZodString>;
}

/** The same for a list of strings. */
export function translatedList<K extends string>(key: K): Translated<K, z.ZodArray<z.ZodString>> {
  return { [`${key}Be`]: z.array(be).optional(), [`${key}Ru`]: z.array(ru).optional() } as Translated<K, z.ZodArray<z.ZodString>>;
}
