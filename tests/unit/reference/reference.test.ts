/**
 * Our data against the research it was transcribed from, both ways.
 *
 * - tests/fixtures/reference/dataset.json is a byte-for-byte copy of
 *   shared/reference/dataset.json, pinned by its SHA-256 (nothing reads ../shared).
 * - map.json: every figure of the reference → the key of our figure, which must
 *   exist, have the status the rule gives, and hold the same value (numerically
 *   and, for percentages, as the published string).
 * - Every figure of the reference is either mapped or listed as unmapped with a reason.
 * - Every key of our figure index is either mapped or listed in deviations.json
 *   with a reason and a source (FACTS.md tables and notes, event texts).
 *   Independent evidence (`evidence.*`, content/data/evidence.json) comes from
 *   INDEPENDENT.md instead and is checked by independent.test.ts, as are its sources.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/dataset.ts';
import { formatProblem } from '../../../src/data/problems.ts';
import { roundedPercent } from '../../../src/data/figures/percent.ts';
import { publishedDecimals, type IndexedFigure } from '../../../src/data/figures/figure-index.ts';
import { makeTree, pick, REPO_ROOT, type DataFiles, type Json } from '../../fixtures/invalid/work-tree.ts';
import { independentSourceKeys } from './independent-reference.ts';

const REF_DIR = join(REPO_ROOT, 'tests/fixtures/reference');
/** SHA-256 of shared/reference/dataset.json when it was copied; a new reference means a new review of map.json. */
const REFERENCE_SHA256 = 'e2702ea5dc8254b19b2c1e2223c7f8b3d4afa6e4ce2e0f518835d14a2ef6e628';
/** The decimals FACTS.md's fact-check notes say the JSON numbers dropped (or kept at one decimal). */
const FACTS_PUBLISHED_DECIMALS = ['80.10', '3.60', '70.60', '9.90', '85.70', '83.0', '6.1', '54.40', '40.70', '36.50', '26.90'];

type Status = 'published' | 'reported-rounded' | 'derived' | 'not-found';
interface MapEntry {
  ref: string; key: string; status: Status;
  published?: string; extract?: string; select?: string; stage?: string; confidence?: string; note?: string;
}
interface Unmapped { ref: string; reason: string; notFoundEntry?: string }
interface Deviation {
  key: string; reason: string; source: string;
  evidence?: { ref: string; contains: string }[];
  computedFrom?: { part: string; whole: string };
}

const refBytes = readFileSync(join(REF_DIR, 'dataset.json'));
const REF: Json = JSON.parse(refBytes.toString('utf8'));
const MAP: { entries: MapEntry[]; unmapped: Unmapped[] } = JSON.parse(readFileSync(join(REF_DIR, 'map.json'), 'utf8'));
const DEV: { deviations: Deviation[] } = JSON.parse(readFileSync(join(REF_DIR, 'deviations.json'), 'utf8'));

const loaded = loadDataset(REPO_ROOT);
if (!loaded.ok) throw new Error(`content/data does not validate:\n${loaded.problems.map(formatProblem).join('\n')}`);
const { dataset, index } = loaded;

// ---- reference locations -------------------------------------------------

/** A place in the reference: the object or list that holds the value, and its key there. */
interface Place { holder: Json; key: string | number; loc: string }

/** Resolves `a.b[field=value].c`, `[n]`, `[*]` and `.*` to every place it names. */
function resolve(ref: string): Place[] {
  const segs: ({ bracket: string } | { field: string })[] = [...ref.matchAll(/\[([^\]]*)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? { bracket: m[1] } : { field: m[2]! }));
  let places: Place[] = [{ holder: { root: REF }, key: 'root', loc: '' }];
  for (const seg of segs) {
    const next: Place[] = [];
    for (const p of places) {
      const node = p.holder[p.key];
      if ('field' in seg) {
        if (seg.field === '*') {
          if (node && typeof node === 'object' && !Array.isArray(node)) for (const k of Object.keys(node)) next.push({ holder: node, key: k, loc: `${p.loc}.${k}` });
        } else if (node && typeof node === 'object' && seg.field in node) {
          next.push({ holder: node, key: seg.field, loc: p.loc ? `${p.loc}.${seg.field}` : seg.field });
        }
        continue;
      }
      if (!Array.isArray(node)) continue;
      const b = seg.bracket;
      if (b === '*') node.forEach((_, i) => next.push({ holder: node, key: i, loc: `${p.loc}[${i}]` }));
      else if (/^\d+$/.test(b)) { if (Number(b) < node.length) next.push({ holder: node, key: Number(b), loc: `${p.loc}[${b}]` }); }
      else {
        const eq = b.indexOf('=');
        const [f, v] = [b.slice(0, eq), b.slice(eq + 1)];
        node.forEach((item: Json, i: number) => { if (item && String(item[f]) === v) next.push({ holder: node, key: i, loc: `${p.loc}[${b}]` }); });
      }
    }
    places = next;
  }
  return places;
}

/** The one value at a reference location; fails if the location names none or several. */
function valueAt(ref: string): Json {
  const places = resolve(ref);
  expect(places.length, `reference location ${ref} should name exactly one value`).toBe(1);
  const p = places[0]!;
  expect(p.key in p.holder, `reference location ${ref} is missing`).toBe(true);
  return p.holder[p.key];
}

/** Every figure-like value in the reference: numbers, nulls and rounded reports. */
function referenceFigures(): Place[] {
  const out: Place[] = [];
  const walk = (holder: Json, key: string | number, loc: string) => {
    const v = holder[key];
    if (v === null || typeof v === 'number' || (typeof v === 'string' && String(key).endsWith('_reported_rounded'))) { out.push({ holder, key, loc }); return; }
    if (Array.isArray(v)) v.forEach((_, i) => walk(v, i, `${loc}[${i}]`));
    else if (v && typeof v === 'object') for (const k of Object.keys(v)) if (k !== 'sources' && k !== 'votes_sources' && k !== 'source') walk(v, k, `${loc}.${k}`);
  };
  for (const section of ['elections', 'candidates_2025', 'national_results_2025', 'regional_results_2025', 'regional_results_2020_context', 'timeline_2025']) walk(REF, section, section);
  return out;
}

// ---- the rule and the comparison ----------------------------------------

/** Reference null → not-found; a rounded report (text) → reported-rounded; *_derived → derived; else published. */
function statusByRule(ref: string, value: Json): Status {
  if (value === null) return 'not-found';
  if (typeof value === 'string') return 'reported-rounded';
  if (/_derived\b|_derived\[|derived_not_published\./.test(ref)) return 'derived';
  return 'published';
}

/** The reference value an entry compares with: the field, or the part its `extract` takes out of a text. */
function referenceValue(e: MapEntry): number | string | null {
  const raw = valueAt(e.ref);
  if (!e.extract) return raw;
  expect(typeof raw, `${e.ref} should be text to extract from`).toBe('string');
  const m = new RegExp(e.extract).exec(raw);
  expect(m, `${e.ref}: /${e.extract}/ finds nothing in ${JSON.stringify(raw)}`).not.toBeNull();
  const got = m![1]!;
  return /^[\d,]+$/.test(got) ? Number(got.replace(/,/g, '')) : got;
}

function target(fig: IndexedFigure, select: string | undefined): Json {
  if (!select) return fig.figure;
  const m = /^alternatives\[(\d+)\]$/.exec(select);
  if (!m) throw new Error(`map.json: unknown select ${select}`);
  return (fig.figure as Json).alternatives?.[Number(m[1])];
}

/** Compares one map entry with a figure index; returns what differs (nothing when faithful). */
function compareEntry(e: MapEntry, idx: Map<string, IndexedFigure>): string[] {
  const out: string[] = [];
  const refValue = referenceValue(e);
  const rule = statusByRule(e.ref, refValue);
  if (e.status !== rule) out.push(`map.json declares status ${e.status}, but the rule gives ${rule} for ${JSON.stringify(refValue)}`);
  const fig = idx.get(e.key);
  if (!fig) return [...out, `no figure ${e.key} in our index`];
  if (fig.figure.status !== e.status) out.push(`${e.key}: status ${fig.figure.status}, expected ${e.status}`);
  if (e.stage !== undefined && fig.stage !== e.stage) out.push(`${e.key}: stage ${fig.stage}, expected ${e.stage}`);
  if (e.confidence !== undefined && (fig.figure as Json).confidence !== e.confidence) out.push(`${e.key}: confidence ${(fig.figure as Json).confidence}, expected ${e.confidence}`);
  const t = target(fig, e.select);
  if (t === undefined) return [...out, `${e.key}: has no ${e.select}`];
  if (out.length) return out;
  if (e.status === 'not-found') {
    if ('value' in t) out.push(`${e.key}: not-found but holds a value`);
  } else if (e.status === 'reported-rounded') {
    if (t.text !== refValue) out.push(`${e.key}: text ${JSON.stringify(t.text)}, reference ${JSON.stringify(refValue)}`);
  } else if (typeof refValue !== 'number') {
    out.push(`${e.ref}: expected a number in the reference, found ${JSON.stringify(refValue)}`);
  } else {
    if (Number(t.value) !== refValue) out.push(`${e.key}: ${JSON.stringify(t.value)}, reference ${refValue}`);
    if (fig.kind === 'percent') {
      if (e.published !== undefined && Number(e.published) !== refValue) out.push(`map.json: published ${e.published} is not the reference number ${refValue}`);
      const want = e.published ?? String(refValue);
      if (t.value !== want) out.push(`${e.key}: written ${JSON.stringify(t.value)}, published as "${want}"`);
    } else {
      if (t.value !== refValue) out.push(`${e.key}: ${JSON.stringify(t.value)}, reference ${refValue}`);
      if (e.published !== undefined) out.push(`map.json: a published string on a count (${e.key})`);
    }
  }
  return [...new Set(out)];
}

describe('the reference copy', () => {
  it('is the reference byte for byte (SHA-256 pinned)', () => {
    expect(createHash('sha256').update(refBytes).digest('hex')).toBe(REFERENCE_SHA256);
  });
});

describe('map.json: every mapped reference figure is in our data, with the same value', () => {
  it.each(MAP.entries.map((e) => [`${e.ref} → ${e.key}`, e] as const))('%s', (_label, e) => {
    expect(compareEntry(e, index)).toEqual([]);
  });

  // The comparison catches what the validator cannot: a count no share checks, a
  // percentage that lost its published decimals, a gap filled with a number.
  it.each([
    ['a transposed count the shares cannot check (2010 has no took-part count)', (d: DataFiles) => { pick(d['elections.json'], '2010').winner.votes.value = 5130575; }, ['2010.winner.votes: 5130575, reference 5130557']],
    ['a percentage that lost its trailing zero', (d: DataFiles) => { pick(d['elections.json'], '2020').winner.share.value = '80.1'; }, ['2020.winner.share: written "80.1", published as "80.10"']],
    ['a gap filled with a number', (d: DataFiles) => { pick(d['turnout-2025.json'].series, 'brest', 'area').values['early-2'] = { status: 'published', value: '18.00', sources: ['polesye_d4'] }; }, ['2025.turnout.brest.early-2: status published, expected not-found']],
  ] as const)('catches %s (on a copy of the data the validator accepts)', (_what, edit, want) => {
    const tree = makeTree({ edit });
    try {
      const r = loadDataset(tree.root);
      expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
      if (!r.ok) return;
      expect(MAP.entries.flatMap((e) => compareEntry(e, r.index))).toEqual(want);
    } finally {
      tree.cleanup();
    }
  });

  it('maps each reference location once', () => {
    const seen = new Map<string, number>();
    for (const e of MAP.entries) seen.set(e.ref, (seen.get(e.ref) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1)).toEqual([]);
  });

  it('gives the published decimals for exactly the figures FACTS.md names', () => {
    const used = new Set(MAP.entries.map((e) => e.published).filter((p): p is string => p !== undefined));
    expect([...used].sort()).toEqual([...FACTS_PUBLISHED_DECIMALS].sort());
  });
});

describe('the reference, figure by figure: mapped or explained', () => {
  const covered = new Map<Json, Set<string | number>>();
  const cover = (p: Place) => { if (!covered.has(p.holder)) covered.set(p.holder, new Set()); covered.get(p.holder)!.add(p.key); };
  for (const e of MAP.entries) resolve(e.ref).forEach(cover);
  for (const u of MAP.unmapped) resolve(u.ref).forEach(cover);

  it('leaves no reference figure unaccounted for', () => {
    const missing = referenceFigures().filter((p) => !covered.get(p.holder)?.has(p.key)).map((p) => `${p.loc} = ${JSON.stringify(p.holder[p.key])}`);
    expect(missing).toEqual([]);
  });

  it.each(MAP.unmapped.map((u) => [u.ref, u] as const))('unmapped %s: names something and says why', (_ref, u) => {
    expect(resolve(u.ref).length).toBeGreaterThan(0);
    expect(u.reason.length).toBeGreaterThan(20);
    if (u.notFoundEntry) expect(dataset.turnout2025.notFound).toContain(u.notFoundEntry);
    // A reference null left unmapped must not reappear in our data as a number.
    for (const p of resolve(u.ref)) if (p.holder[p.key] === null) expect(u.reason).toMatch(/null/i);
  });
});

describe('our figures, key by key: mapped or a documented deviation', () => {
  const mapped = new Set(MAP.entries.map((e) => e.key));
  const deviations = new Map(DEV.deviations.map((d) => [d.key, d]));

  it('has a mapping or a deviation for every key of the figure index (evidence.* is checked against INDEPENDENT.md)', () => {
    expect([...index.keys()].filter((k) => !k.startsWith('evidence.') && !mapped.has(k) && !deviations.has(k))).toEqual([]);
  });

  it('lists each deviation once, for a key that exists and is not mapped', () => {
    expect(deviations.size).toBe(DEV.deviations.length);
    expect(DEV.deviations.filter((d) => !index.has(d.key) || mapped.has(d.key)).map((d) => d.key)).toEqual([]);
  });

  it.each(DEV.deviations.map((d) => [d.key, d] as const))('deviation %s: reason, source, and the evidence holds', (_key, d) => {
    expect(d.reason.length).toBeGreaterThan(20);
    expect(d.source.length).toBeGreaterThan(5);
    for (const ev of d.evidence ?? []) expect(String(valueAt(ev.ref))).toContain(ev.contains);
    if (d.computedFrom) {
      const fig = index.get(d.key)!.figure as Json;
      const part = valueAt(d.computedFrom.part);
      const whole = valueAt(d.computedFrom.whole);
      expect(roundedPercent(part, whole, publishedDecimals(fig.value))).toBe(fig.value);
    }
  });
});

describe('records: what is not a figure still agrees with the reference', () => {
  const ELECTION_IDS: Record<string, string> = { '1994_r1': '1994-r1', '1994_r2': '1994-r2', 2001: '2001', 2006: '2006', 2010: '2010', 2015: '2015', 2020: '2020' };
  it.each(Object.entries(ELECTION_IDS))('election %s: date, year and round', (refId, id) => {
    const r = valueAt(`elections[id=${refId}]`);
    const ours = dataset.elections.find((e) => e.id === id)!;
    expect({ date: ours.date, year: ours.year, round: ours.round }).toEqual({ date: r.date, year: r.year, round: r.round });
  });

  it('has the eight votes of the reference: seven in elections.json and 2025 in results-2025.json', () => {
    expect(REF.elections.map((e: Json) => e.id)).toEqual([...Object.keys(ELECTION_IDS).sort(), '2025']);
    expect(dataset.elections.map((e) => e.id)).toEqual(Object.values(ELECTION_IDS).sort());
    expect(dataset.results2025.date).toBe(valueAt('elections[id=2025].date'));
  });

  const CANDIDATE_IDS: Record<string, string> = { lukashenko: 'lukashenka', syrankov: 'syrankou', gaidukevich: 'haidukevich', kanopatskaya: 'kanapatskaya', khizhnyak: 'khizhniak' };
  it.each(Object.entries(CANDIDATE_IDS))('candidate %s: birth date or year, Russian name', (refId, id) => {
    const r = valueAt(`candidates_2025[id=${refId}]`);
    const ours = dataset.candidates.find((c) => c.id === id)!;
    expect(ours.birth.date ?? null).toBe(r.birth_date);
    expect(ours.birth.year ?? Number(ours.birth.date!.slice(0, 4))).toBe(r.birth_year);
    expect(ours.otherNames.ru).toBe(r.name_ru);
    if (r.birth_date_conflict) expect(ours.birth.conflict).toEqual(r.birth_date_conflict.map((s: string) => s.slice(0, 10)));
  });

  it('keeps the candidates in the reference order', () => {
    expect(dataset.candidates.map((c) => c.id)).toEqual(REF.candidates_2025.map((c: Json) => CANDIDATE_IDS[c.id]));
  });
});

describe('sources: the reference keys, URLs, dates and publishers, never filled in', () => {
  /** Where our title differs from the reference on purpose. */
  const TITLE_DIFFERS: Record<string, string> = {
    preiherman_edm: 'the reference describes the article in its own words (and mentions its seed/ copy); ours is a bracketed descriptive title',
  };
  const ours = new Map(dataset.sources.map((src) => [src.key, src]));
  /** Sources of the independent evidence: keys of INDEPENDENT.md, checked by independent.test.ts. */
  const independent = new Set(independentSourceKeys());

  it('has exactly the reference keys, and those of INDEPENDENT.md the evidence cites', () => {
    expect([...ours.keys()].filter((k) => !independent.has(k)).sort()).toEqual(REF.sources.map((src: Json) => src.id).sort());
  });

  const refSources: [string, Json][] = REF.sources.map((src: Json) => [src.id, src]);
  it.each(refSources)('%s', (key, r) => {
    const o = ours.get(key)!;
    // A URL is the reference's exactly; a note where the URL should be means there is none.
    expect(o.url).toBe(typeof r.url === 'string' && /^https?:\/\//.test(r.url) ? r.url : 'no-url');
    expect(o.publisher).toBe(r.publisher);
    if (!(key in TITLE_DIFFERS)) expect(o.title).toBe(r.title);
    // A date is the reference's, undated when it has none; a remark in brackets moves to dateNote.
    const m = /^(\S+)(?: \((.+)\))?$/.exec(r.date ?? 'undated')!;
    const base = m[1]!.replace(/^(\d{4}-\d{2}-)(\d{2})\/(\d{2})$/, '$1$2/$1$3');
    expect(o.date).toBe(base);
    if (m[2]) expect(o.dateNote, 'the remark on the date').toBeDefined();
  });
});

describe('timeline: the same dated events as the reference', () => {
  const refDate = (d: string) => {
    const m = /^(\d{4}-\d{2}-\d{2})(?:\/(\d{4}-\d{2}-\d{2}))?( \(approx\.\))?$/.exec(d);
    if (!m) throw new Error(`unexpected reference date ${d}`);
    return JSON.stringify({ start: m[1], end: m[2], approximate: m[3] ? true : undefined });
  };
  const ourDate = (d: { start: string; end?: string; approximate?: true }) => JSON.stringify({ start: d.start, end: d.end, approximate: d.approximate });

  it('has an event on every date of the reference, with its range and approximation, and on no other date', () => {
    const theirs = new Set(REF.timeline_2025.map((e: Json) => refDate(e.date)));
    const ours = new Set(dataset.timeline.map((e) => ourDate(e.date)));
    expect([...ours].sort()).toEqual([...theirs].sort());
  });

  it('has at least as many events on each date (ours split some reference events in two or three)', () => {
    const count = (list: string[]) => list.reduce((m, d) => m.set(d, (m.get(d) ?? 0) + 1), new Map<string, number>());
    const theirs = count(REF.timeline_2025.map((e: Json) => refDate(e.date)));
    const ours = count(dataset.timeline.map((e) => ourDate(e.date)));
    for (const [d, n] of theirs) expect(ours.get(d) ?? 0, d).toBeGreaterThanOrEqual(n);
  });
});

describe('the key figures', () => {
  const value = (key: string) => (index.get(key)?.figure as Json)?.value;
  it('2025 final: 6,903,994 registered, 5,916,195 took part, turnout "85.69"', () => {
    expect(value('2025.final.registered')).toBe(6_903_994);
    expect(value('2025.final.took-part')).toBe(5_916_195);
    expect(value('2025.final.turnout')).toBe('85.69');
    expect(value('2025.preliminary.took-part')).toBe(5_916_195);
    expect(value('2025.preliminary.turnout')).toBe('85.69');
  });

  it('Lukashenka: 5,136,293 votes = "86.82", on both dates', () => {
    for (const stage of ['preliminary', 'final']) {
      expect(value(`2025.${stage}.lukashenka.votes`)).toBe(5_136_293);
      expect(value(`2025.${stage}.lukashenka.share`)).toBe('86.82');
    }
    expect(roundedPercent(5_136_293, 5_916_195, 2)).toBe('86.82');
    expect(roundedPercent(5_916_195, 6_903_994, 2)).toBe('85.69');
  });

  it('exactly two precision exceptions (1994 round 2), whose computed values are what the reference counts give', () => {
    const all = dataset.elections.flatMap((e) => (e.precisionExceptions ?? []).map((x) => ({ election: e.id, figure: x.figure, computed: x.computed })));
    const r = valueAt('elections[id=1994_r2]');
    expect(all).toEqual([
      { election: '1994-r2', figure: 'winner.share', computed: roundedPercent(r.winner_votes, r.voters_took_part, 2) },
      { election: '1994-r2', figure: 'runnerUp.share', computed: roundedPercent(r.runner_up_votes, r.voters_took_part, 2) },
    ]);
    expect(all.map((x) => x.computed)).toEqual(['80.35', '14.18']);
  });
});
