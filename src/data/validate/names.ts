/**
 * One spelling per person, the data side (runs with the dataset checks):
 *
 * - every `transliterated` form in content/data/people.json is what the rule
 *   (src/data/names/transliterate.ts) derives from the form it names, and
 *   every chain of derivations ends at a `sourced` form;
 * - every source key exists;
 * - one spelling per given name: two Belarusians whose Belarusian Cyrillic
 *   given name is the same have the same display given name;
 * - candidates.json agrees with people.json (name, shortName, Cyrillic forms),
 *   and every winner and runner-up in elections.json is named by a display form;
 * - no other form of a name (Russian-based, Łacinka, other spellings) appears
 *   in the data's free text (quotations, source titles, the otherNames
 *   lists and the old wording a correction records excepted).
 *
 *   content/data/timeline.json: [initiative-groups].text: expected "Siarhei Bobrykou" (…), found "Sergei Bobrikov"
 */
import type { Dataset, NameField, Person } from '../../schemas/index.ts';
import { NAME_FIELDS } from '../../schemas/index.ts';
import { DATA_DIR } from '../figures/figure-index.ts';
import { deriveForm, derivations, findOtherForms, otherForms, surname, type OtherForm } from '../names/people.ts';
import { formatPath, type Problem } from '../problems.ts';

const PEOPLE = `${DATA_DIR}/people.json`;

/** The message for another form found in our text. */
export function otherFormFound(f: OtherForm): { expected: string; found: string } {
  const display = f.form.includes(' ') ? f.person.name.form : surname(f.person.name.form);
  return {
    expected: `"${display}" (the site's spelling of ${f.person.name.form}, content/data/people.json; other forms only inside quotations, source titles or a sentence listed under namesDiscussed)`,
    found: `"${f.form}" (${f.kind})`,
  };
}

export function checkPeople(ds: Dataset): Problem[] {
  const out: Problem[] = [];
  const keys = new Set(ds.sources.map((s) => s.key));
  const at = (p: Person, field: string) => `[${p.id}].${field}`;
  for (const p of ds.people) {
    for (const field of NAME_FIELDS) {
      const form = p[field];
      if (!form) continue;
      if (form.status === 'sourced') {
        for (const k of form.sources) if (!keys.has(k)) out.push({ file: PEOPLE, path: at(p, `${field}.sources`), expected: 'a source key from content/data/sources.json', found: JSON.stringify(k) });
        continue;
      }
      // A foreigner's usual Cyrillic spelling, with its basis in the note (the schema allows it for foreigners only).
      if (form.status === 'conventional') continue;
      const steps = derivations(field);
      if (!steps.includes(form.from)) {
        out.push({ file: PEOPLE, path: at(p, `${field}.from`), expected: `a form the rule derives ${field} from (${steps.join(', ') || 'none: give it as sourced'})`, found: JSON.stringify(form.from) });
        continue;
      }
      // The chain of derivations must end at a sourced form.
      const seen = new Set<NameField>([field]);
      let cur: NameField = form.from;
      let ok = false;
      for (;;) {
        const f = p[cur];
        if (!f || seen.has(cur)) break;
        if (f.status !== 'transliterated') { ok = f.status === 'sourced'; break; }
        seen.add(cur);
        cur = f.from;
      }
      if (!ok) {
        out.push({ file: PEOPLE, path: at(p, `${field}.from`), expected: 'a chain of derivations that ends at a sourced form', found: `${[...seen].join(' ← ')} ← ${cur}${p[cur] ? ' (a loop)' : ' (missing)'}` });
        continue;
      }
      const want = deriveForm(p, field, form.from);
      if (want !== form.form) out.push({ file: PEOPLE, path: at(p, `${field}.form`), expected: `${JSON.stringify(want)} (derived from ${form.from} by the rule in content/data/README.md, "Names")`, found: JSON.stringify(form.form) });
    }
  }
  // One spelling per given name.
  const given = new Map<string, Person>();
  for (const p of ds.people) {
    if (!p.belarusian || !p.be) continue;
    const be = p.be.form.split(/\s+/);
    const lat = p.name.form.split(/\s+/);
    if (be.length < 2 || lat.length < 2) continue;
    const prev = given.get(be[0]!);
    if (prev && prev.name.form.split(/\s+/)[0] !== lat[0]) {
      out.push({ file: PEOPLE, path: at(p, 'name.form'), expected: `the given name ${be[0]} spelled "${prev.name.form.split(/\s+/)[0]}", as for ${prev.name.form} (one spelling per given name)`, found: JSON.stringify(lat[0]) });
    } else if (!prev) given.set(be[0]!, p);
  }
  // Candidates and elections name people by their display forms.
  const byId = new Map(ds.people.map((p) => [p.id, p]));
  const displays = new Set(ds.people.map((p) => p.name.form));
  ds.candidates.forEach((c) => {
    const file = `${DATA_DIR}/candidates.json`;
    const p = byId.get(c.id);
    if (!p) { out.push({ file, path: `[${c.id}].id`, expected: 'the id of a person in content/data/people.json', found: JSON.stringify(c.id) }); return; }
    const pairs: [string, string, string | undefined][] = [['name', c.name, p.name.form], ['shortName', c.shortName, surname(p.name.form)], ['otherNames.be', c.otherNames.be, p.be?.form], ['otherNames.ru', c.otherNames.ru, p.ru?.form]];
    for (const [field, have, want] of pairs) if (want !== undefined && have !== want) out.push({ file, path: `[${c.id}].${field}`, expected: `${JSON.stringify(want)}, as in content/data/people.json`, found: JSON.stringify(have) });
  });
  ds.elections.forEach((e, i) => {
    for (const role of ['winner', 'runnerUp'] as const) {
      const name = e[role].name;
      if (!displays.has(name)) out.push({ file: `${DATA_DIR}/elections.json`, path: `${formatPath([i], ds.elections)}.${role}.name`, expected: 'the display name of a person in content/data/people.json', found: JSON.stringify(name) });
    }
  });
  return out;
}

/** Fields that are not our current text: lists of other names, ids, keys, addresses, and the old wording a correction records. */
const SKIP_FIELDS = new Set(['otherNames', 'url', 'id', 'key', 'sources', 'candidate', 'region', 'area', 'was']);
/** Files whose text is not ours to spell: the sources' titles and publishers, and the people file itself. */
const SKIP_FILES = new Set(['sources', 'people', 'textAllowlist']);

export function checkDataNames(ds: Dataset, files: Record<string, string>): Problem[] {
  const out: Problem[] = [];
  const forms = otherForms(ds.people);
  const walk = (file: string, root: unknown, v: unknown, path: PropertyKey[]) => {
    if (typeof v === 'string') {
      // Words inside quotation marks are the source's, and keep its spelling.
      const ours = v.replace(/[\u201C"«][^\u201D"»]*[\u201D"»]/g, ' ');
      for (const f of findOtherForms(ours, forms)) out.push({ file, path: formatPath(path, root), ...otherFormFound(f) });
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(file, root, x, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) if (!SKIP_FIELDS.has(k)) walk(file, root, x, [...path, k]);
  };
  for (const [name, data] of Object.entries(ds)) {
    if (SKIP_FILES.has(name)) continue;
    walk(`${DATA_DIR}/${files[name] ?? `${name}.json`}`, data, data, []);
  }
  return out;
}
