/**
 * The downloads on /data/: every data file as JSON (the validated file, as
 * its JSON Schema describes it) and as a CSV table, plus two tables built
 * from the data: every figure by key, and the eight votes with 2025. Pure:
 * the endpoints under src/pages/data/ serialise what this returns.
 */
import type { FigureIndex, SiteData } from '../site-data.ts';
import { z } from 'zod';
import { DATA_FILES, EVIDENCE_TOPICS, PRODUCER_LABELS, type Dataset, type DataFileName, type NameForm, type CyrillicForm } from '../../schemas/index.ts';
import { FigureKeySchema, StageSchema } from '../../schemas/common.ts';
import type { IndexedFigure } from '../figures/figure-index.ts';
import { exactValue, figureSources } from '../figures/figure-index.ts';
import { resolveText, resolveTextPlain, toResolved, type ResolvedFigure } from '../figures/resolve.ts';
import { computeHistoryRows } from '../figures/series.ts';
import { sourceLabel } from '../../lib/citations.ts';
import { csvTable } from './csv.ts';

type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Column {
  name: string;
  description: string;
}

export interface DatasetDownload {
  /** File stem: `/data/<id>.csv`, `/data/<id>.json`, `/data/schema/<id>.schema.json`. */
  id: string;
  title: string;
  description: string;
  /** The data file it comes from (content/data/…), or 'computed'. */
  origin: string;
  /** The JSON download: the validated data file, or the table's rows. */
  json: unknown;
  /** Zod schema the JSON satisfies; its JSON Schema is generated from it. */
  schema: z.ZodType;
  columns: Column[];
  rows: Row[];
}

const join = (xs: readonly string[] | undefined) => (xs ?? []).join(' ');

/** One figure as table cells: value (exact number or published percentage string), its status and the rest. */
function figureCells(f: ResolvedFigure | undefined, prefix: string): Row {
  if (!f) return { [prefix]: null, [`${prefix}_status`]: null };
  return {
    [prefix]: f.status === 'published' || f.status === 'derived' || f.status === 'estimate' ? (f.kind === 'percent' ? f.published ?? null : f.value) : null,
    [`${prefix}_status`]: f.status,
    ...(f.status === 'reported-rounded' ? { [`${prefix}_as_reported`]: f.display } : { [`${prefix}_as_reported`]: null }),
  };
}

const FIGURE_COLUMNS: Column[] = [
  { name: 'key', description: 'The figure’s key, e.g. 2025.final.lukashenka.share' },
  { name: 'kind', description: 'count, percent, or points (a difference of two percentages, in percentage points)' },
  { name: 'status', description: 'published, reported-rounded, derived (computed here), not-found, or estimate (independent evidence, never an official result)' },
  { name: 'value', description: 'The exact value: a whole number, or a percentage (or percentage points) with its published decimals; empty when there is none' },
  { name: 'as_published', description: 'As the site writes it: a count with thousands separators, a percentage with its published decimals and a % sign, a rounded report as the source wrote it (“189 thousand”), or “no official figure found”' },
  { name: 'stage', description: 'intermediate (CEC reports during the vote), preliminary or final; empty for facts that are not results' },
  { name: 'date', description: 'The date the figure refers to or was announced' },
  { name: 'sources', description: 'Source keys, space-separated (see sources.csv)' },
  { name: 'qualifier', description: 'about, at-least, more-than or nearly, where the source qualifies the figure' },
  { name: 'producer', description: 'Independent evidence only (evidence.*): who produced it, from the fixed list (independent-civil-society, opposition-aligned, independent-research, state, state-invited-international, international-body)' },
  { name: 'of', description: 'Estimates only: what the figure counts or is a share of' },
  { name: 'confidence', description: 'high, medium, low or single-source, where a figure is flagged' },
  { name: 'formula', description: 'For computed figures: how' },
  { name: 'note', description: 'Notes on the figure' },
  { name: 'file', description: 'The data file the figure comes from' },
];

const FigureRowSchema = z.strictObject({
  key: FigureKeySchema,
  kind: z.enum(['count', 'percent', 'points']),
  status: z.enum(['published', 'reported-rounded', 'derived', 'not-found', 'estimate']),
  value: z.union([z.number(), z.string(), z.null()]),
  as_published: z.string(),
  stage: StageSchema.nullable(),
  date: z.string().nullable(),
  sources: z.string(),
  qualifier: z.string().nullable(),
  producer: z.string().nullable(),
  of: z.string().nullable(),
  confidence: z.string().nullable(),
  formula: z.string().nullable(),
  note: z.string().nullable(),
  file: z.string(),
}).describe('One figure of the dataset, by key');

function figureRows(index: FigureIndex, filter: (e: IndexedFigure) => boolean = () => true): Row[] {
  return [...index.values()].filter(filter).map((e) => {
    const f = toResolved(e);
    return {
      key: f.key,
      kind: f.kind,
      status: f.status,
      value: f.kind === 'percent' || f.kind === 'points' ? f.published ?? null : f.value,
      as_published: f.display,
      stage: f.stage ?? null,
      date: f.date ?? null,
      sources: join(f.sources),
      qualifier: f.qualifier ?? null,
      producer: f.evidence?.producer ?? null,
      of: f.of ?? null,
      confidence: f.confidence ?? null,
      formula: f.formula ?? null,
      note: f.note ?? null,
      file: e.file,
    };
  });
}

const HistoryRowSchema = z.strictObject({
  id: z.string(), label: z.string(), year: z.number(), round: z.number(), date: z.string(), final_date: z.string().nullable(),
  stage: StageSchema,
  registered: z.number().nullable(), took_part: z.number().nullable(), turnout: z.string().nullable(),
  winner: z.string(), winner_votes: z.number().nullable(), winner_share: z.string().nullable(), winner_share_valid: z.string().nullable(),
  runner_up: z.string(), runner_up_votes: z.number().nullable(), runner_up_share: z.string().nullable(), runner_up_share_valid: z.string().nullable(),
  against_all_votes: z.number().nullable(), against_all_share: z.string().nullable(), invalid_votes: z.number().nullable(),
}).describe('One presidential vote, 1994 to 2025; shares of voters who took part unless the column says valid');

const num = (f: ResolvedFigure | undefined) => (f && f.kind === 'count' ? f.value : null);
const pct = (f: ResolvedFigure | undefined) => (f && f.kind === 'percent' ? f.published ?? null : null);

function historyRows(ds: Dataset, index: FigureIndex): Row[] {
  return computeHistoryRows(ds, index).map((r) => ({
    id: r.id, label: r.label, year: r.year, round: r.round, date: r.date, final_date: r.finalDate ?? null,
    stage: ds.elections.find((e) => e.id === r.id)?.stage ?? 'final',
    registered: num(r.registered), took_part: num(r.tookPart), turnout: pct(r.turnout),
    winner: r.winner.name, winner_votes: num(r.winner.votes), winner_share: pct(r.winner.share), winner_share_valid: pct(r.winner.shareValid),
    runner_up: r.runnerUp.name, runner_up_votes: num(r.runnerUp.votes), runner_up_share: pct(r.runnerUp.share), runner_up_share_valid: pct(r.runnerUp.shareValid),
    against_all_votes: num(r.againstAll.votes), against_all_share: pct(r.againstAll.share), invalid_votes: num(r.invalid.votes),
  }));
}

function columnsOf(rows: Row[], described: Record<string, string>): Column[] {
  const names: string[] = [];
  for (const r of rows) for (const k of Object.keys(r)) if (!names.includes(k)) names.push(k);
  return names.map((name) => ({ name, description: described[name] ?? describeGeneric(name) }));
}

function describeGeneric(name: string): string {
  if (name.endsWith('_status')) return `Status of ${name.slice(0, -7).replace(/_/g, ' ')}: published, reported-rounded, derived or not-found`;
  if (name.endsWith('_as_reported')) return `${name.slice(0, -12).replace(/_/g, ' ')} as a source reported it, rounded; not an exact count`;
  if (name === 'sources' || name.endsWith('_sources')) return 'Source keys, space-separated (see sources.csv)';
  return name.replace(/_/g, ' ');
}

/** The stage of the figures a text states, when they all share one. */
function textStage(index: FigureIndex, text: string): string | null {
  const stages = new Set(resolveText(index, text).flatMap((p) => (p.type === 'figure' && p.figure.stage ? [p.figure.stage] : [])));
  return stages.size === 1 ? [...stages][0]! : null;
}

function tables(ds: Dataset, index: FigureIndex): Record<DataFileName, Row[]> {
  const results: Row[] = [];
  for (const stage of ['preliminary', 'final'] as const) {
    const b = ds.results2025[stage];
    const get = (k: string) => (index.has(k) ? toResolved(index.get(k)!) : undefined);
    for (const c of [...b.candidates.map((x) => x.candidate), 'against-all']) {
      const cand = ds.candidates.find((x) => x.id === c);
      results.push({
        stage, announced: b.announced, id: c, name: cand?.name ?? 'Against all',
        ...figureCells(get(`2025.${stage}.${c}.votes`), 'votes'),
        ...figureCells(get(`2025.${stage}.${c}.share`), 'share'),
        sources: join([...new Set([...(get(`2025.${stage}.${c}.votes`)?.sources ?? []), ...(get(`2025.${stage}.${c}.share`)?.sources ?? [])])]),
      });
    }
  }
  const turnout: Row[] = ds.turnout2025.series.flatMap((s) => ds.turnout2025.checkpoints.map((cp) => {
    const f = toResolved(index.get(`2025.turnout.${s.area}.${cp.id}`)!);
    return {
      area: s.area, area_name: ds.regions.find((r) => r.id === s.area)?.name ?? 'Belarus', checkpoint: cp.id, checkpoint_label: cp.label,
      date: cp.date, time: cp.time ?? null, phase: cp.phase, stage: f.stage ?? null,
      ...figureCells(f, 'turnout'), sources: join(f.sources), note: f.note ?? null,
      polling_stations: exactValue(s.pollingStations) ?? null,
    };
  }));
  const elections: Row[] = historyRows(ds, index).filter((r) => r.id !== '2025');
  return {
    results2025: results,
    turnout2025: turnout,
    elections,
    regions2020: figureRows(index, (e) => e.file.endsWith('/regions-2020.json')),
    candidates: ds.candidates.map((c) => ({
      id: c.id, name: c.name, short_name: c.shortName, other_names_en: c.otherNames.en.join('; '), name_be: c.otherNames.be, name_be_note: c.otherNames.beNote ?? null,
      name_ru: c.otherNames.ru, birth_date: c.birth.date ?? null, birth_year: c.birth.year ?? null, birth_date_conflict: c.birth.conflict?.join(' ') ?? null,
      birth_conflict_note: c.birth.conflictNote ?? null, birth_place: c.birth.place, birth_sources: join(c.birth.sources),
      party: c.party, nomination: c.nomination, role: c.role,
      signatures: exactValue(c.signatures) ?? null, signatures_status: c.signatures.status, signatures_sources: join(figureSources(c.signatures)),
      sources: join(c.sources),
    })),
    regions: ds.regions.map((r) => ({ id: r.id, name: r.name, short_name: r.shortName, name_be: r.nameBe, kind: r.kind, order: r.order })),
    timeline: ds.timeline.map((e) => ({
      id: e.id, start: e.date.start, end: e.date.end ?? null, approximate: e.date.approximate ?? false, category: e.category,
      text: resolveTextPlain(index, e.text), text_template: e.text, stage: textStage(index, e.text),
      confidence: e.confidence ?? null, note: e.note ? resolveTextPlain(index, e.note) : null, sources: join(e.sources),
    })),
    sources: ds.sources.map((s) => ({
      key: s.key, title: s.title, publisher: s.publisher, author: s.author ?? null, date: s.date, date_note: s.dateNote ?? null,
      url: s.url, kind: sourceLabel(s.title, s.publisher) ?? null, note: s.note ?? null,
    })),
    changelog: ds.changelog.map((c) => ({
      id: c.id, date: c.date, title: resolveTextPlain(index, c.title), change: resolveTextPlain(index, c.change), reason: resolveTextPlain(index, c.reason),
      stage: textStage(index, `${c.title} ${c.change} ${c.reason}`), sources: join(c.sources),
    })),
    textAllowlist: ds.textAllowlist.map((a) => ({ file: a.file, path: a.path, token: a.token, reason: a.reason })),
    corrections: ds.corrections.map((c) => ({
      id: c.id, date: c.date, article: c.article ?? null, page: c.page ?? null,
      was: resolveTextPlain(index, c.was), now: resolveTextPlain(index, c.now), why: resolveTextPlain(index, c.why),
    })),
    people: ds.people.map((p) => {
      const form = (f: NameForm | CyrillicForm | undefined) => f?.form ?? null;
      const status = (f: NameForm | CyrillicForm | undefined) => (f ? (f.status === 'transliterated' ? `transliterated from ${f.from}` : f.status) : null);
      const forms = [p.name, p.ruLatin, p.be, p.ru, p.lacinka, p.latin, ...p.variants];
      return {
        id: p.id, name: p.name.form, name_status: status(p.name), role: p.role, group: p.group,
        ru_latin: form(p.ruLatin), ru_latin_status: status(p.ruLatin), name_be: form(p.be), name_be_status: status(p.be),
        name_ru: form(p.ru), name_ru_status: status(p.ru), lacinka: form(p.lacinka), other_spellings: [p.latin?.form, ...p.variants.map((v) => v.form)].filter(Boolean).join('; ') || null,
        sources: join([...new Set(forms.flatMap((f) => (f && 'sources' in f && f.sources ? f.sources : [])))]),
      };
    }),
    evidence: ds.evidence.map((e) => ({
      id: e.id, year: e.year, topic: e.topic, topic_label: EVIDENCE_TOPICS[e.topic], found: e.found, title: e.title,
      producer: e.producer ?? null, producer_label: e.producer ? PRODUCER_LABELS[e.producer] : null, producer_name: e.producerName ?? null,
      measured: e.measured ? resolveTextPlain(index, e.measured) : null,
      method: e.method ? resolveTextPlain(index, e.method) : null,
      sample: e.sample ? resolveTextPlain(index, e.sample) : null,
      limitations: e.limitations ? resolveTextPlain(index, e.limitations) : null,
      summary: resolveTextPlain(index, e.summary),
      estimates: join(Object.keys(e.estimates ?? {}).map((k) => `evidence.${e.id}.${k}`)),
      facts: join(Object.keys(e.facts ?? {}).map((k) => `evidence.${e.id}.${k}`)),
      confidence: e.confidence ?? null, date: e.date ?? null, note: e.note ? resolveTextPlain(index, e.note) : null,
      reference: join(e.reference), sources: join(e.sources),
    })),
  };
}

const DESCRIPTIONS: Record<DataFileName, { title: string; description: string; columns?: Record<string, string> }> = {
  results2025: {
    title: '2025 national results',
    description: 'Votes and shares for each candidate and “against all”, preliminary (27 January) and final (3 February). Shares are of all voters who took part (the CEC’s basis). The totals (registered, took part, turnout) are in figures.csv under 2025.preliminary.* and 2025.final.*.',
    columns: { stage: 'preliminary or final', announced: 'Date of the announcement', id: 'Candidate id, or against-all', name: 'Name as the site writes it', votes: 'Exact count, where the announcement gives one', share: 'Share of voters who took part, as published' },
  },
  turnout2025: {
    title: '2025 turnout by region, day by day',
    description: 'Cumulative share of registered voters who had received a ballot, after each of the five early-voting days, at noon and at the close of polls on 26 January, nationally and for each region; the CEC’s interim figures. Polling stations per area.',
    columns: { area: '"belarus" or a region id', turnout: 'Cumulative turnout, % of registered voters, as published', polling_stations: 'Polling stations in the area' },
  },
  elections: {
    title: 'Presidential votes, 1994 to 2020',
    description: 'Turnout, winner, runner-up, “against all” and invalid ballots at each vote before 2025. Shares are of voters who took part unless the column says valid. An empty cell: no official figure found (statuses in figures.csv).',
  },
  regions2020: {
    title: '2020 regional figures',
    description: 'Registered voters, turnout at the close of polls and the two leading candidates’ shares by region in 2020, for comparison with 2025; as relayed on election night and the following day.',
  },
  candidates: { title: 'The 2025 candidates', description: 'Names in every form found (English, Belarusian, Russian), birth, party, nomination, role and signatures at registration.' },
  regions: { title: 'Regions', description: 'The six oblasts and Minsk city, with their Belarusian names.' },
  timeline: { title: 'Timeline', description: 'Dated events of the 2025 campaign and its aftermath. `text` has its figures written out; `text_template` keeps the figure keys.', columns: { stage: 'The stage of the figures the text states, when they share one' } },
  sources: { title: 'Sources', description: 'Every source cited: title, publisher, date (full, partial, a range, or undated) and URL exactly as found (or no-url). `kind` marks mirrors, aggregators and reposts.' },
  changelog: { title: 'Changelog', description: 'Every correction or addition to the data, dated, with its reason and sources.' },
  corrections: {
    title: 'Corrections',
    description: 'Every corrected sentence of the site’s text: the old wording, the new, the article or page, the date and what was wrong. Figures are written out.',
    columns: { article: 'Slug of the corrected article, if an article', page: 'Path of the corrected page, if not an article', was: 'The sentence as it stood', now: 'The sentence as it stands now', why: 'What was wrong' },
  },
  people: {
    title: 'People named',
    description: 'Everyone the site names, once: the form of the name the site uses, who they are, and the other forms (Russian-based Latin, Belarusian and Russian Cyrillic, Łacinka, other spellings in the sources). A form is sourced, or transliterated from another form by the rule stated in content/data/README.md.',
    columns: { name: 'The form the site uses (Belarusian-based for Belarusians)', group: 'candidate-2025, would-be-candidate, earlier-candidate, official, belarusian, foreign or author' },
  },
  textAllowlist: { title: 'Numbers allowed in free text', description: 'Numbers that may stand in the data’s free text although they are not figures (a resolution’s number), each with its reason.' },
  evidence: {
    title: 'Independent evidence, 2020 and 2025',
    description: 'What independent evidence exists beside the official figures (vote-count platforms, surveys, exit polls, observers, international assessments), each item labelled with who produced it, its method, sample and limitations as the source states them, and its confidence; items looked for and not found have found = false. Nothing here is a result: its estimates (status estimate) are in figures.csv under evidence.*.',
    columns: {
      topic: 'count, exit-poll, survey, observation, international or repression', found: 'false: looked for and not found in the sources consulted',
      producer: 'Who produced it, from the fixed list', producer_name: 'Who exactly', estimates: 'Keys of its estimates in figures.csv, space-separated',
      facts: 'Keys of the figures about the work itself (sample, stations, observers) in figures.csv', confidence: 'high, medium or low: how well the sources support that the producer says this, not whether the estimate is right',
      reference: 'Findings of the research reference this item transcribes',
    },
  },
};

const FILE_IDS: Record<DataFileName, string> = {
  results2025: 'results-2025', turnout2025: 'turnout-2025', elections: 'elections', regions2020: 'regions-2020', candidates: 'candidates',
  regions: 'regions', timeline: 'timeline', sources: 'sources', changelog: 'changelog', corrections: 'corrections', textAllowlist: 'text-allowlist', people: 'people', evidence: 'evidence',
};

/** Every download, in the order /data/ lists them. */
export function buildDatasets(data: SiteData): DatasetDownload[] {
  const { ds, index } = data;
  const t = tables(ds, index);
  const order: DataFileName[] = ['results2025', 'turnout2025', 'elections', 'regions2020', 'evidence', 'candidates', 'people', 'regions', 'timeline', 'sources', 'changelog', 'corrections', 'textAllowlist'];
  const files = order.map((name): DatasetDownload => {
    const d = DESCRIPTIONS[name];
    return {
      id: FILE_IDS[name], title: d.title, description: d.description, origin: `content/data/${DATA_FILES[name].file}`,
      json: ds[name], schema: DATA_FILES[name].schema, columns: columnsOf(t[name], { ...(name === 'regions2020' ? Object.fromEntries(FIGURE_COLUMNS.map((c) => [c.name, c.description])) : {}), ...d.columns }), rows: t[name],
    };
  });
  const figures = figureRows(index);
  const history = historyRows(ds, index);
  return [
    {
      id: 'figures', title: 'Every figure, by key',
      description: 'Every figure of the dataset in one table, under the key the site uses (e.g. 2025.final.lukashenka.share), with its status, stage, date and sources; includes the figures computed here.',
      origin: 'computed', json: figures, schema: z.array(FigureRowSchema), columns: FIGURE_COLUMNS, rows: figures,
    },
    {
      id: 'history', title: 'The eight votes, 1994 to 2025',
      description: 'One row per presidential vote, 2025 included (from the final results): the table behind the history page and its charts.',
      origin: 'computed', json: history, schema: z.array(HistoryRowSchema), columns: columnsOf(history, {}), rows: history,
    },
    ...files,
  ];
}

/** RFC 4180 CSV: a header, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  return csvTable(columns.map((c) => c.name), rows.map((r) => columns.map((c) => r[c.name])));
}

/** The JSON Schema of a download, from its zod schema. */
export function toJsonSchema(d: DatasetDownload, id: string): Record<string, unknown> {
  const schema = z.toJSONSchema(d.schema, { reused: 'ref', io: 'input' }) as Record<string, unknown>;
  return { $schema: schema.$schema, $id: id, title: d.title, description: d.description, ...schema };
}
