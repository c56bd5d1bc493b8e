/**
 * The names of people: derives and checks the forms in content/data/people.json,
 * and finds other forms of a name in our text.
 */
import type { CyrillicForm, NameField, NameForm, Person } from '../../schemas/person.ts';
import { beFromBeLatin, beFromLacinka, beFromRu, beLatin, ruFromBe, ruFromRuLatin, ruLatin } from './transliterate.ts';
import { escapeRegExp } from '../../lib/regexp.ts';

/** Which function derives a form (target) from another (from); undefined when the rule has none. */
const RULES: Partial<Record<NameField, Partial<Record<NameField, (s: string) => string>>>> = {
  name: { be: beLatin },
  be: { name: beFromBeLatin, latin: beFromBeLatin, ru: beFromRu, lacinka: beFromLacinka },
  ru: { ruLatin: ruFromRuLatin, be: ruFromBe },
  ruLatin: { ru: ruLatin },
};

function formOf(p: Person, field: NameField): NameForm | CyrillicForm | undefined {
  return p[field];
}

/** The text the rule gives for `target`, derived from the person's `from` form; undefined if either is missing or the rule has no such step. */
export function deriveForm(p: Person, target: NameField, from: NameField): string | undefined {
  const f = RULES[target]?.[from];
  const src = formOf(p, from)?.form;
  return f && src ? f(src) : undefined;
}

/** The allowed derivations, for the message when one is not. */
export function derivations(target: NameField): NameField[] {
  return Object.keys(RULES[target] ?? {}) as NameField[];
}

/** The last word of a name: the surname as the text uses it alone. */
export function surname(name: string): string {
  return name.trim().split(/\s+/).at(-1)!;
}

const escape = escapeRegExp;
const wordRe = (s: string) => new RegExp(`(?<![\\p{L}])${escape(s)}(?![\\p{L}])`, 'gu');

export interface OtherForm {
  /** The form as it would appear in text. */
  form: string;
  person: Person;
  /** Where it comes from: the field or "variant". */
  kind: string;
  /** The form as a whole word or words, compiled once. */
  re: RegExp;
}

/**
 * The Latin forms of each person that our text must not use: the
 * Russian-based form, the Łacinka form and the variants, each whole and (when
 * its surname differs from the display surname) by its surname alone.
 */
export function otherForms(people: readonly Person[]): OtherForm[] {
  const out: OtherForm[] = [];
  const displays = new Set(people.map((p) => p.name.form));
  const displaySurnames = new Set(people.map((p) => surname(p.name.form)));
  for (const p of people) {
    const list: [string, string][] = [];
    if (p.ruLatin) list.push([p.ruLatin.form, 'Russian-based form']);
    if (p.lacinka) list.push([p.lacinka.form, 'Łacinka form']);
    if (p.latin) list.push([p.latin.form, 'form in the sources']);
    for (const v of p.variants) list.push([v.form, 'other spelling']);
    for (const [text, kind] of list) {
      if (text === p.name.form || displays.has(text)) continue;
      out.push({ form: text, person: p, kind, re: wordRe(text) });
      const s = surname(text);
      if (s !== text && s !== surname(p.name.form) && !displaySurnames.has(s)) out.push({ form: s, person: p, kind, re: wordRe(s) });
    }
  }
  // Longest first, so "Alexander Lukashenko" is reported rather than "Lukashenko".
  const seen = new Set<string>();
  return out.filter((o) => (seen.has(o.form) ? false : (seen.add(o.form), true))).sort((a, b) => b.form.length - a.form.length);
}


/** Other forms of names in a text, each once, longest first (a found whole form hides its own surname). */
export function findOtherForms(text: string, forms: readonly OtherForm[]): OtherForm[] {
  const found: OtherForm[] = [];
  let rest = text;
  for (const f of forms) {
    if (!rest.includes(f.form)) continue;
    f.re.lastIndex = 0;
    if (f.re.test(rest)) {
      found.push(f);
      f.re.lastIndex = 0;
      rest = rest.replace(f.re, ' ');
    }
  }
  return found;
}
