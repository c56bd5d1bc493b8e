/**
 * The independent evidence (content/data/evidence.json) against the research
 * it was transcribed from, both ways.
 *
 * - tests/fixtures/reference/INDEPENDENT.md is a byte-for-byte copy of
 *   shared/reference/INDEPENDENT.md, pinned by its SHA-256.
 * - independent.json transcribes the findings the data uses: every heading,
 *   statement, producer, method, confidence, figure span and quote in it must
 *   occur in that copy, in its finding's section.
 * - Data → transcription: every evidence.* figure is transcribed, with the
 *   same value and qualifier; every item's producer label and confidence are
 *   the reference's; its sources are the finding's.
 * - Transcription → data: every transcribed figure exists with that value;
 *   every finding is used by an item, and every finding of sections A–C is
 *   either used or left out with a reason.
 * - Sources: the keys, titles, publishers, dates and URLs of the reference's
 *   JSON array, exactly.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/data/dataset.ts';
import { formatProblem } from '../../../src/data/problems.ts';
import type { IndexedFigure } from '../../../src/data/figures/figure-index.ts';
import { PRODUCER_LABELS, type Dataset } from '../../../src/schemas/index.ts';
import { makeTree, pick, REPO_ROOT, type DataFiles } from '../../fixtures/invalid/work-tree.ts';
import {
  allFindingIds, findingSection, independentSha256, independentSources, INDEPENDENT_SHA256, INDEPENDENT_TEXT, TRANSCRIPTION, type Finding,
} from './independent-reference.ts';

const loaded = loadDataset(REPO_ROOT);
if (!loaded.ok) throw new Error(`content/data does not validate:\n${loaded.problems.map(formatProblem).join('\n')}`);
const { dataset, index } = loaded;

const FINDINGS = new Map(TRANSCRIPTION.findings.map((f) => [f.id, f]));
const NOT_FOUND = new Map(TRANSCRIPTION.notFound.map((d) => [d.id, d]));
const UNITS: Record<string, number> = { thousand: 1_000, million: 1_000_000 };
/** How the reference writes each qualifier before a figure. */
const QUALIFIER_WORDS: Record<string, string[]> = { about: ['about'], 'at-least': ['at least'], 'more-than': ['more than', 'over'], nearly: ['nearly'] };

describe('the INDEPENDENT.md copy', () => {
  it('is the reference byte for byte (SHA-256 pinned)', () => {
    expect(independentSha256()).toBe(INDEPENDENT_SHA256);
  });
});

describe('independent.json: every transcribed string occurs in the copy, in its finding', () => {
  it.each(TRANSCRIPTION.findings.map((f) => [f.id, f] as const))('%s', (id, f) => {
    const section = findingSection(id);
    expect(section.split('\n')[0]).toBe(f.heading);
    for (const field of ['statement', 'producedBy', 'method', 'confidence'] as const) {
      if (f[field] !== undefined) expect(section, `${id}.${field}`).toContain(f[field]);
    }
    for (const fig of f.figures) {
      expect(section, `${id}: span of ${fig.key}`).toContain(fig.span);
      expect(fig.span, `${id}: value of ${fig.key}`).toContain(fig.value);
    }
    expect(f.quotes.length, `${id} has quotes`).toBeGreaterThan(0);
    for (const q of f.quotes) {
      const line = section.split('\n').find((l) => l.includes(`"${q.text}"`));
      expect(line, `${id}: quote “${q.text.slice(0, 40)}…”`).toBeDefined();
      expect(line!.slice(line!.indexOf(`"${q.text}"`)), `${id}: the quote's source`).toContain(`[${q.source}]`);
    }
    for (const key of f.sources) expect(section, `${id}: [${key}]`).toContain(`[${key}]`);
    expect([...section.matchAll(/\[([a-z0-9_]+)\]/g)].map((m) => m[1]).filter((k) => !f.sources.includes(k!))).toEqual([]);
  });

  it('transcribes every bullet of section D (searched for and not found) word for word', () => {
    const d = INDEPENDENT_TEXT.slice(INDEPENDENT_TEXT.indexOf('## D. Searched for and NOT found'), INDEPENDENT_TEXT.indexOf('## E. Conflicts'));
    const bullets = [...d.matchAll(/^\* (.+)$/gm)].map((m) => m[1]);
    expect(TRANSCRIPTION.notFound.map((x) => x.text)).toEqual(bullets);
  });

  it('transcribes the conflicts it resolves word for word, each naming items that exist', () => {
    const ids = new Set(dataset.evidence.map((e) => e.id));
    for (const c of TRANSCRIPTION.conflicts) {
      expect(INDEPENDENT_TEXT).toContain(`${c.id.slice(1)}. ${c.text}`);
      expect(c.items.filter((i) => !ids.has(i))).toEqual([]);
      expect(c.resolution.length).toBeGreaterThan(20);
    }
  });
});

// ---- the comparison -------------------------------------------------------

/** What differs between a transcribed figure and our figure index (nothing when faithful). */
function compareFigure(fig: Finding['figures'][number], finding: Finding, idx: Map<string, IndexedFigure>): string[] {
  const e = idx.get(fig.key);
  if (!e) return [`${finding.id}: no figure ${fig.key} in our index`];
  const f = e.figure;
  const want = Number(fig.value.replace(/,/g, ''));
  const out: string[] = [];
  if (f.status === 'reported-rounded') {
    const m = /(\d+(?:\.\d+)?)/.exec(f.text);
    const got = m ? Number(m[1]) * (UNITS[f.unit] ?? 1) : NaN;
    if (got !== want) out.push(`${fig.key}: ${JSON.stringify(f.text)}, reference ${fig.value}`);
  } else if (f.status === 'not-found') {
    out.push(`${fig.key}: not-found, reference ${fig.value}`);
  } else if (e.kind === 'percent') {
    if (f.value !== fig.value) out.push(`${fig.key}: ${JSON.stringify(f.value)}, reference "${fig.value}"`);
  } else if (f.value !== want) {
    out.push(`${fig.key}: ${f.value}, reference ${fig.value}`);
  }
  // A lower bound or an approximation stays one: the reference writes the qualifier before the figure.
  const section = findingSection(finding.id);
  const q = 'qualifier' in f ? f.qualifier : undefined;
  if (q && !QUALIFIER_WORDS[q]!.some((w) => section.includes(`${w} ${fig.value}`))) out.push(`${fig.key}: qualifier ${q}, which the reference does not write before ${fig.value}`);
  if (!q && ['more than', 'at least', 'over', 'nearly'].some((w) => fig.span.includes(`${w} ${fig.value}`))) out.push(`${fig.key}: no qualifier, but the reference writes one before ${fig.value}`);
  return out;
}

function transcribedFigures(): { fig: Finding['figures'][number]; finding: Finding }[] {
  return TRANSCRIPTION.findings.flatMap((finding) => finding.figures.map((fig) => ({ fig, finding })));
}

function compareAll(idx: Map<string, IndexedFigure>): string[] {
  return transcribedFigures().flatMap(({ fig, finding }) => compareFigure(fig, finding, idx));
}

describe('transcription → data: every transcribed figure is in our data, with the same value', () => {
  it.each(transcribedFigures().map(({ fig, finding }) => [`${finding.id} ${fig.key}`, fig, finding] as const))('%s', (_label, fig, finding) => {
    expect(compareFigure(fig, finding, index)).toEqual([]);
  });

  it('transcribes each key once', () => {
    const keys = transcribedFigures().map((x) => x.fig.key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('uses every transcribed finding in an item, and every finding of sections A–C is used or left out with a reason', () => {
    const used = new Set(dataset.evidence.flatMap((e) => e.reference));
    expect(TRANSCRIPTION.findings.map((f) => f.id).filter((id) => !used.has(id))).toEqual([]);
    const left = new Map(TRANSCRIPTION.leftOut.map((l) => [l.id, l.reason]));
    expect(allFindingIds().filter((id) => FINDINGS.has(id) === left.has(id))).toEqual([]);
    for (const reason of left.values()) expect(reason.length).toBeGreaterThan(20);
  });

  // The comparison catches what the validator cannot: a mistyped value, a lost "more than".
  it.each([
    ['a mistyped estimate', (d: DataFiles) => { pick(d['evidence.json'], 'chatham-house-2020').estimates['lukashenka-share'].value = '26.0'; }, ['evidence.chatham-house-2020.lukashenka-share: "26.0", reference "20.6"']],
    ['a lower bound shown as an exact count', (d: DataFiles) => { delete pick(d['evidence.json'], 'repression-2020').facts.detained.qualifier; }, ['evidence.repression-2020.detained: no qualifier, but the reference writes one before 33,000']],
    ['a transposed count', (d: DataFiles) => { pick(d['evidence.json'], 'state-exit-poll-2025').facts.interviewed.value = 11984; }, ['evidence.state-exit-poll-2025.interviewed: 11984, reference 11,948']],
  ] as const)('catches %s (on a copy of the data the validator accepts)', (_what, edit, want) => {
    const tree = makeTree({ edit });
    try {
      const r = loadDataset(tree.root);
      expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([]);
      if (!r.ok) return;
      expect(compareAll(r.index)).toEqual(want);
    } finally {
      tree.cleanup();
    }
  });
});

/** The reference's sections an item transcribes: findings, and bullets of section D. */
function itemText(item: Dataset['evidence'][number]): string {
  return item.reference.map((r) => (r.startsWith('D') ? NOT_FOUND.get(r)?.text ?? '' : findingSection(r))).join('\n');
}

describe('data → transcription: every item and figure of evidence.json comes from the reference', () => {
  it('transcribes every evidence.* figure of the index, under a finding its item names', () => {
    const transcribed = new Map(transcribedFigures().map(({ fig, finding }) => [fig.key, finding.id]));
    const problems: string[] = [];
    for (const e of index.values()) {
      if (!e.evidence) continue;
      const finding = transcribed.get(e.key);
      const item = dataset.evidence.find((x) => x.id === e.evidence!.item)!;
      if (!finding) problems.push(`${e.key}: not transcribed`);
      else if (!item.reference.includes(finding)) problems.push(`${e.key}: transcribed under ${finding}, which ${item.id} does not name`);
    }
    expect(problems).toEqual([]);
  });

  it.each(dataset.evidence.map((item) => [item.id, item] as const))('%s: its findings, producer label, confidence and sources are the reference’s', (_id, item) => {
    for (const r of item.reference) expect(FINDINGS.has(r) || NOT_FOUND.has(r), `${r} is transcribed`).toBe(true);
    const findings = item.reference.map((r) => FINDINGS.get(r)).filter((f): f is Finding => !!f);
    if (!item.found) {
      expect(item.reference.some((r) => r.startsWith('D')), 'an item not found names a bullet of section D').toBe(true);
      return;
    }
    // The label, in the reference's words, opens a "Produced by" line (or a clause after a semicolon).
    const words = PRODUCER_LABELS[item.producer!].toLowerCase();
    const labelled = new RegExp(`(^|; )${words}( \\(|\\.|;|,|$)`);
    expect(findings.some((f) => labelled.test(f.producedBy ?? '')), `${item.id}: "${words}" in ${findings.map((f) => f.producedBy).join(' | ')}`).toBe(true);
    for (const f of findings) expect(item.confidence, `${item.id}: confidence of ${f.id}`).toBe(f.confidence?.split(/[ (]/)[0]);
    const text = itemText(item);
    const figureSources = [...Object.values(item.estimates ?? {}), ...Object.values(item.facts ?? {})].flatMap((f) => ('sources' in f ? f.sources : []));
    expect([...item.sources, ...figureSources].filter((k) => !text.includes(`[${k}]`)), `${item.id}: sources the reference does not cite for it`).toEqual([]);
  });

  it('marks every finding of an item as an estimate only when it is one: estimates hold status "estimate", facts never do', () => {
    const problems: string[] = [];
    for (const e of index.values()) {
      if (!e.evidence) continue;
      if (e.evidence.role === 'estimate' && e.figure.status !== 'estimate') problems.push(`${e.key}: an estimate with status ${e.figure.status}`);
      if (e.evidence.role === 'fact' && e.figure.status === 'estimate') problems.push(`${e.key}: a fact with status estimate`);
    }
    expect(problems).toEqual([]);
  });
});

describe('sources of the evidence: the keys, titles, publishers, dates and URLs of INDEPENDENT.md, never filled in', () => {
  const ours = new Map(dataset.sources.map((s) => [s.key, s]));
  const theirs = independentSources();

  it('has every source an item cites, from INDEPENDENT.md or the dataset reference', () => {
    const cited = new Set(dataset.evidence.flatMap((e) => [
      ...e.sources,
      ...[...Object.values(e.estimates ?? {}), ...Object.values(e.facts ?? {})].flatMap((f) => ('sources' in f ? f.sources : [])),
    ]));
    expect([...cited].filter((k) => !ours.has(k))).toEqual([]);
    // Each INDEPENDENT.md source in sources.json is cited by an item or a dated event: none is carried without use.
    const used = new Set([...cited, ...dataset.timeline.flatMap((t) => t.sources)]);
    expect(theirs.filter((s) => ours.has(s.id) && !used.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it.each(theirs.filter((s) => ours.has(s.id)).map((s) => [s.id, s] as const))('%s', (key, r) => {
    const o = ours.get(key)!;
    expect({ title: o.title, publisher: o.publisher, url: o.url, date: o.date }).toEqual({ title: r.title, publisher: r.publisher, url: r.url, date: r.date });
    // A note is the reference's, or absent where it would type figures in free text.
    if (o.note !== undefined) expect(o.note).toBe(r.note);
    else expect(r.note).toMatch(/\d/);
  });
});
