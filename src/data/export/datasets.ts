/**
 * The downloads on /data/: every data file as JSON (the validated file, as
 * its JSON Schema describes it) and as a CSV table, plus two tables built
 * from the data: every figure by key, and the eight votes with 2025. Pure:
 * the endpoints under src/pages/[...lang]/data/ serialise what this returns.
 *
 * Per edition: the CSV's header row, the titles, descriptions and the words
 * the tables write (names, labels, figures as written) are in the edition's
 * language; keys, ids, codes (statuses, stages, kinds) and file names stay
 * English. A free-text cell is in the edition's language where the data
 * carries that language's version beside the English (`textBe`, `textRu`),
 * English otherwise; each download lists which of its columns are which.
 */
import type { FigureIndex, SiteData } from '../site-data.ts';
import { z } from 'zod';
import { DATA_FILES, type Dataset, type DataFileName, type NameForm, type CyrillicForm } from '../../schemas/index.ts';
import { FigureKeySchema, StageSchema } from '../../schemas/common.ts';
import type { IndexedFigure } from '../figures/figure-index.ts';
import { exactValue, figureSources } from '../figures/figure-index.ts';
import { resolveText, toResolved, type ResolvedFigure } from '../figures/resolve.ts';
import { computeHistoryRows } from '../figures/series.ts';
import { sourceLabel } from '../../lib/citations.ts';
import { csvTable } from './csv.ts';
import type { Locale } from '../../i18n/locales.ts';
import { messages } from '../../i18n/messages/index.ts';
import { figureDisplay } from '../../i18n/figures.ts';
import { candidateName, candidateShortName, personName, regionName, regionShortName } from '../../i18n/names.ts';

type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Column {
  /** The column's key: the JSON property, and the English CSV header. */
  name: string;
  /** The CSV header in the download's edition (the key itself in English). */
  header: string;
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
  /**
   * Text columns by language (empty in English): in the edition's language;
   * in it where the data has its version, else English; English (no version in the data).
   */
  freeText: { translated: string[]; partly: string[]; english: string[] };
}

const join = (xs: readonly string[] | undefined) => (xs ?? []).join(' ');

const SUFFIX: Record<Locale, string> = { en: '', be: 'Be', ru: 'Ru' };

/**
 * The words one table writes in one edition: free text picked per edition
 * (remembering, per column, whether every cell had the edition's version),
 * figures written as the edition writes them.
 */
class TableText {
  /** Per free-text column: how many cells were in the edition's language, how many left in English. */
  readonly columns = new Map<string, { own: number; english: number }>();
  readonly locale: Locale;
  readonly index: FigureIndex;
  constructor(locale: Locale, index: FigureIndex) {
    this.locale = locale;
    this.index = index;
  }

  mark(column: string, translated: boolean): void {
    const c = this.columns.get(column) ?? { own: 0, english: 0 };
    if (translated) c.own++;
    else c.english++;
    this.columns.set(column, c);
  }

  /** A free-text field of a record and its language: the edition's version, or the English where the data has none. */
  private text(record: object, field: string, column: string): { text: string; locale: Locale } | null {
    const r = record as Record<string, unknown>;
    const en = r[field];
    if (typeof en !== 'string') return null;
    if (this.locale === 'en') return { text: en, locale: 'en' };
    const own = r[field + SUFFIX[this.locale]];
    this.mark(column, typeof own === 'string');
    return typeof own === 'string' ? { text: own, locale: this.locale } : { text: en, locale: 'en' };
  }

  /** A free-text field of a record in the edition, or English where the data has no version in its language. */
  pick(record: object, field: string, column: string): string | null {
    return this.text(record, field, column)?.text ?? null;
  }

  /** Free text with {{figure}} references written out as the text's language writes figures. */
  plain(text: string, locale: Locale = this.locale): string {
    return resolveText(this.index, text).map((p) => (p.type === 'text' ? p.text : figureDisplay(locale, p.figure))).join('');
  }

  /** pick + plain: an English text left in English keeps English figures. */
  resolved(record: object, field: string, column: string): string | null {
    const t = this.text(record, field, column);
    return t === null ? null : this.plain(t.text, t.locale);
  }

  /** A name the edition writes from the data (names.ts falls back to English for a person with no form in the language). */
  named(column: string, value: string, translated = true): string {
    if (this.locale !== 'en') this.mark(column, translated);
    return value;
  }

  figure(f: ResolvedFigure): string {
    return figureDisplay(this.locale, f);
  }

  split(): DatasetDownload['freeText'] {
    const all = [...this.columns];
    const names = (keep: (c: { own: number; english: number }) => boolean) => all.filter(([, c]) => keep(c)).map(([name]) => name);
    return { translated: names((c) => c.english === 0), partly: names((c) => c.own > 0 && c.english > 0), english: names((c) => c.own === 0) };
  }
}

/** One figure as table cells: value (exact number or published percentage string), its status and the rest. */
function figureCells(tt: TableText, f: ResolvedFigure | undefined, prefix: string): Row {
  if (!f) return { [prefix]: null, [`${prefix}_status`]: null };
  return {
    [prefix]: f.status === 'published' || f.status === 'derived' || f.status === 'estimate' ? (f.kind === 'percent' ? f.published ?? null : f.value) : null,
    [`${prefix}_status`]: f.status,
    ...(f.status === 'reported-rounded' ? { [`${prefix}_as_reported`]: tt.figure(f) } : { [`${prefix}_as_reported`]: null }),
  };
}

const FIGURE_COLUMN_NAMES = ['key', 'kind', 'status', 'value', 'as_published', 'stage', 'date', 'sources', 'qualifier', 'producer', 'of', 'confidence', 'formula', 'note', 'file'] as const;

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

function figureRows(tt: TableText, filter: (e: IndexedFigure) => boolean = () => true): Row[] {
  return [...tt.index.values()].filter(filter).map((e) => {
    const f = toResolved(e);
    return {
      key: f.key,
      kind: f.kind,
      status: f.status,
      value: f.kind === 'percent' || f.kind === 'points' ? f.published ?? null : f.value,
      as_published: tt.figure(f),
      stage: f.stage ?? null,
      date: f.date ?? null,
      sources: join(f.sources),
      qualifier: f.qualifier ?? null,
      producer: f.evidence?.producer ?? null,
      of: f.of === undefined ? null : (tt.pick(e.figure, 'of', 'of') ?? f.of),
      confidence: f.confidence ?? null,
      formula: f.formula === undefined ? null : (tt.pick(e.figure, 'formula', 'formula') ?? f.formula),
      note: f.note === undefined ? null : (tt.pick(e.figure, 'note', 'note') ?? f.note),
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

/** A candidate of a past vote as the edition writes the name: a 2025 candidate or a person the site names, else the English form. */
function pastCandidate(tt: TableText, ds: Dataset, name: string, column: string): string {
  if (tt.locale === 'en') return name;
  const c = ds.candidates.find((x) => x.name === name);
  if (c) return tt.named(column, candidateName(tt.locale, c));
  const p = ds.people.find((x) => x.name.form === name);
  return tt.named(column, p ? personName(tt.locale, p) : name, Boolean(p?.[tt.locale]));
}

function historyRows(tt: TableText, ds: Dataset): Row[] {
  const rows = computeHistoryRows(ds, tt.index);
  const rounds = (year: number) => rows.filter((x) => x.year === year).length;
  return rows.map((r) => ({
    id: r.id,
    label: tt.locale === 'en' ? r.label : tt.named('label', messages(tt.locale).data.cells.electionLabel(r.year, r.round, rounds(r.year) > 1)),
    year: r.year, round: r.round, date: r.date, final_date: r.finalDate ?? null,
    stage: ds.elections.find((e) => e.id === r.id)?.stage ?? 'final',
    registered: num(r.registered), took_part: num(r.tookPart), turnout: pct(r.turnout),
    winner: pastCandidate(tt, ds, r.winner.name, 'winner'), winner_votes: num(r.winner.votes), winner_share: pct(r.winner.share), winner_share_valid: pct(r.winner.shareValid),
    runner_up: pastCandidate(tt, ds, r.runnerUp.name, 'runner_up'), runner_up_votes: num(r.runnerUp.votes), runner_up_share: pct(r.runnerUp.share), runner_up_share_valid: pct(r.runnerUp.shareValid),
    against_all_votes: num(r.againstAll.votes), against_all_share: pct(r.againstAll.share), invalid_votes: num(r.invalid.votes),
  }));
}

/**
 * The CSV header of a column in an edition: the table's own header for it,
 * else the shared one. A column with none fails the build, naming it.
 */
export function columnHeader(locale: Locale, id: string, table: string, name: string): string {
  const t = messages(locale).data;
  const own = (t.headersIn as Record<string, Record<string, string> | undefined>)[table]?.[name];
  const header = own ?? (t.headers as Record<string, string | undefined>)[name];
  if (!header) {
    throw new Error(`data downloads: the column "${name}" of ${id}.csv has no ${locale} header (add "${name}" to headers in src/i18n/messages/${locale}/data.ts)`);
  }
  return header;
}

function describeGeneric(locale: Locale, name: string, header: string): string {
  const g = messages(locale).data.generic;
  if (name.endsWith('_status')) return g.status(name.slice(0, -7), header);
  if (name.endsWith('_as_reported')) return g.asReported(name.slice(0, -12), header);
  if (name === 'sources' || name.endsWith('_sources')) return g.sources;
  return g.plain(name, header);
}

function columnsOf(locale: Locale, id: string, table: string, rows: Row[], described: Record<string, string>, order?: readonly string[]): Column[] {
  const names: string[] = [...(order ?? [])];
  for (const r of rows) for (const k of Object.keys(r)) if (!names.includes(k)) names.push(k);
  return names.map((name) => {
    const header = columnHeader(locale, id, table, name);
    return { name, header, description: described[name] ?? describeGeneric(locale, name, header) };
  });
}

/** The stage of the figures a text states, when they all share one. */
function textStage(index: FigureIndex, text: string): string | null {
  const stages = new Set(resolveText(index, text).flatMap((p) => (p.type === 'figure' && p.figure.stage ? [p.figure.stage] : [])));
  return stages.size === 1 ? [...stages][0]! : null;
}

type Tables = Record<DataFileName, (tt: TableText) => Row[]>;

function tables(ds: Dataset): Tables {
  return {
    results2025: (tt) => {
      const results: Row[] = [];
      const { index } = tt;
      for (const stage of ['preliminary', 'final'] as const) {
        const b = ds.results2025[stage];
        const get = (k: string) => (index.has(k) ? toResolved(index.get(k)!) : undefined);
        for (const c of [...b.candidates.map((x) => x.candidate), 'against-all']) {
          const cand = ds.candidates.find((x) => x.id === c);
          results.push({
            stage, announced: b.announced, id: c,
            name: tt.locale === 'en' ? cand?.name ?? 'Against all' : tt.named('name', cand ? candidateName(tt.locale, cand) : messages(tt.locale).data.cells.againstAll),
            ...figureCells(tt, get(`2025.${stage}.${c}.votes`), 'votes'),
            ...figureCells(tt, get(`2025.${stage}.${c}.share`), 'share'),
            sources: join([...new Set([...(get(`2025.${stage}.${c}.votes`)?.sources ?? []), ...(get(`2025.${stage}.${c}.share`)?.sources ?? [])])]),
          });
        }
      }
      return results;
    },
    turnout2025: (tt) => ds.turnout2025.series.flatMap((s) => ds.turnout2025.checkpoints.map((cp) => {
      const entry = tt.index.get(`2025.turnout.${s.area}.${cp.id}`)!;
      const f = toResolved(entry);
      const region = ds.regions.find((r) => r.id === s.area);
      return {
        area: s.area,
        area_name: tt.locale === 'en' ? region?.name ?? 'Belarus' : tt.named('area_name', region ? regionName(tt.locale, region) : messages(tt.locale).data.cells.belarus),
        checkpoint: cp.id, checkpoint_label: tt.pick(cp, 'label', 'checkpoint_label'),
        date: cp.date, time: cp.time ?? null, phase: cp.phase, stage: f.stage ?? null,
        ...figureCells(tt, f, 'turnout'), sources: join(f.sources), note: f.note === undefined ? null : (tt.pick(entry.figure, 'note', 'note') ?? f.note),
        polling_stations: exactValue(s.pollingStations) ?? null,
      };
    })),
    elections: (tt) => historyRows(tt, ds).filter((r) => r.id !== '2025'),
    regions2020: (tt) => figureRows(tt, (e) => e.file.endsWith('/regions-2020.json')),
    candidates: (tt) => ds.candidates.map((c) => ({
      id: c.id, name: tt.locale === 'en' ? c.name : tt.named('name', candidateName(tt.locale, c)),
      short_name: tt.locale === 'en' ? c.shortName : tt.named('short_name', candidateShortName(tt.locale, c)),
      other_names_en: c.otherNames.en.join('; '), name_be: c.otherNames.be, name_be_note: tt.pick(c.otherNames, 'beNote', 'name_be_note'),
      name_ru: c.otherNames.ru, birth_date: c.birth.date ?? null, birth_year: c.birth.year ?? null, birth_date_conflict: c.birth.conflict?.join(' ') ?? null,
      birth_conflict_note: tt.pick(c.birth, 'conflictNote', 'birth_conflict_note'), birth_place: tt.pick(c.birth, 'place', 'birth_place'), birth_sources: join(c.birth.sources),
      party: tt.pick(c, 'party', 'party'), nomination: tt.pick(c, 'nomination', 'nomination'), role: tt.pick(c, 'role', 'role'),
      signatures: exactValue(c.signatures) ?? null, signatures_status: c.signatures.status, signatures_sources: join(figureSources(c.signatures)),
      sources: join(c.sources),
    })),
    regions: (tt) => ds.regions.map((r) => ({
      id: r.id, name: tt.locale === 'en' ? r.name : tt.named('name', regionName(tt.locale, r)),
      short_name: tt.locale === 'en' ? r.shortName : tt.named('short_name', regionShortName(tt.locale, r)), name_be: r.nameBe, kind: r.kind, order: r.order,
    })),
    timeline: (tt) => ds.timeline.map((e) => {
      const template = tt.pick(e, 'text', 'text')!;
      return {
        id: e.id, start: e.date.start, end: e.date.end ?? null, approximate: e.date.approximate ?? false, category: e.category,
        text: tt.resolved(e, 'text', 'text'), text_template: template, stage: textStage(tt.index, e.text),
        confidence: e.confidence ?? null, note: tt.resolved(e, 'note', 'note'), sources: join(e.sources),
      };
    }),
    sources: (tt) => ds.sources.map((s) => ({
      key: s.key, title: s.title, publisher: s.publisher, author: s.author ?? null, date: s.date, date_note: tt.pick(s, 'dateNote', 'date_note'),
      url: s.url, kind: sourceLabel(s.title, s.publisher) ?? null, note: tt.pick(s, 'note', 'note'),
    })),
    changelog: (tt) => ds.changelog.map((c) => ({
      id: c.id, date: c.date, title: tt.resolved(c, 'title', 'title'), change: tt.resolved(c, 'change', 'change'), reason: tt.resolved(c, 'reason', 'reason'),
      stage: textStage(tt.index, `${c.title} ${c.change} ${c.reason}`), sources: join(c.sources),
    })),
    textAllowlist: (tt) => ds.textAllowlist.map((a) => ({ file: a.file, path: a.path, token: a.token, reason: tt.pick(a, 'reason', 'reason') })),
    corrections: (tt) => ds.corrections.map((c) => ({
      id: c.id, date: c.date, article: c.article ?? null, page: c.page ?? null,
      was: tt.resolved(c, 'was', 'was'), now: tt.resolved(c, 'now', 'now'), why: tt.resolved(c, 'why', 'why'),
    })),
    people: (tt) => ds.people.map((p) => {
      const form = (f: NameForm | CyrillicForm | undefined) => f?.form ?? null;
      const status = (f: NameForm | CyrillicForm | undefined) => (f ? (f.status === 'transliterated' ? `transliterated from ${f.from}` : f.status) : null);
      const forms = [p.name, p.ruLatin, p.be, p.ru, p.lacinka, p.latin, ...p.variants];
      return {
        id: p.id, name: tt.locale === 'en' ? p.name.form : tt.named('name', personName(tt.locale, p), Boolean(p[tt.locale])), name_status: status(p.name),
        role: tt.pick(p, 'role', 'role'), group: p.group,
        ru_latin: form(p.ruLatin), ru_latin_status: status(p.ruLatin), name_be: form(p.be), name_be_status: status(p.be),
        name_ru: form(p.ru), name_ru_status: status(p.ru), lacinka: form(p.lacinka), other_spellings: [p.latin?.form, ...p.variants.map((v) => v.form)].filter(Boolean).join('; ') || null,
        sources: join([...new Set(forms.flatMap((f) => (f && 'sources' in f && f.sources ? f.sources : [])))]),
      };
    }),
    evidence: (tt) => {
      const t = messages(tt.locale);
      return ds.evidence.map((e) => ({
        id: e.id, year: e.year, topic: e.topic, topic_label: tt.named('topic_label', t.data.cells.topics[e.topic]), found: e.found, title: tt.pick(e, 'title', 'title'),
        producer: e.producer ?? null, producer_label: e.producer ? tt.named('producer_label', t.common.producers[e.producer]) : null, producer_name: tt.pick(e, 'producerName', 'producer_name'),
        measured: tt.resolved(e, 'measured', 'measured'),
        method: tt.resolved(e, 'method', 'method'),
        sample: tt.resolved(e, 'sample', 'sample'),
        limitations: tt.resolved(e, 'limitations', 'limitations'),
        summary: tt.resolved(e, 'summary', 'summary'),
        estimates: join(Object.keys(e.estimates ?? {}).map((k) => `evidence.${e.id}.${k}`)),
        facts: join(Object.keys(e.facts ?? {}).map((k) => `evidence.${e.id}.${k}`)),
        confidence: e.confidence ?? null, date: e.date ?? null, note: tt.resolved(e, 'note', 'note'),
        reference: join(e.reference), sources: join(e.sources),
      }));
    },
  };
}

const FILE_IDS: Record<DataFileName, string> = {
  results2025: 'results-2025', turnout2025: 'turnout-2025', elections: 'elections', regions2020: 'regions-2020', candidates: 'candidates',
  regions: 'regions', timeline: 'timeline', sources: 'sources', changelog: 'changelog', corrections: 'corrections', textAllowlist: 'text-allowlist', people: 'people', evidence: 'evidence',
};

const built = new WeakMap<SiteData, Map<Locale, DatasetDownload[]>>();

/** Every download in an edition, in the order /data/ lists them (built once per edition). */
export function buildDatasets(data: SiteData, locale: Locale = 'en'): DatasetDownload[] {
  let byLocale = built.get(data);
  if (!byLocale) built.set(data, (byLocale = new Map()));
  let out = byLocale.get(locale);
  if (!out) byLocale.set(locale, (out = build(data, locale)));
  return out;
}

function build(data: SiteData, locale: Locale): DatasetDownload[] {
  const { ds, index } = data;
  const t = messages(locale).data;
  const make = tables(ds);
  const figureDescriptions = t.figureColumns as Record<string, string>;
  const order: DataFileName[] = ['results2025', 'turnout2025', 'elections', 'regions2020', 'evidence', 'candidates', 'people', 'regions', 'timeline', 'sources', 'changelog', 'corrections', 'textAllowlist'];
  const files = order.map((name): DatasetDownload => {
    const d = t.datasets[name];
    const tt = new TableText(locale, index);
    const rows = make[name](tt);
    const id = FILE_IDS[name];
    return {
      id, title: d.title, description: d.description, origin: `content/data/${DATA_FILES[name].file}`,
      json: ds[name], schema: DATA_FILES[name].schema,
      columns: columnsOf(locale, id, name, rows, { ...(name === 'regions2020' ? figureDescriptions : {}), ...(d.columns as Record<string, string>) }),
      rows, freeText: tt.split(),
    };
  });
  const figuresText = new TableText(locale, index);
  const figures = figureRows(figuresText);
  const historyText = new TableText(locale, index);
  const history = historyRows(historyText, ds);
  return [
    {
      id: 'figures', title: t.datasets.figures.title, description: t.datasets.figures.description,
      origin: 'computed', json: figures, schema: z.array(FigureRowSchema),
      columns: columnsOf(locale, 'figures', 'figures', [], figureDescriptions, FIGURE_COLUMN_NAMES), rows: figures, freeText: figuresText.split(),
    },
    {
      id: 'history', title: t.datasets.history.title, description: t.datasets.history.description,
      origin: 'computed', json: history, schema: z.array(HistoryRowSchema), columns: columnsOf(locale, 'history', 'history', history, {}), rows: history, freeText: historyText.split(),
    },
    ...files,
  ];
}

/** RFC 4180 CSV: a header, CRLF line ends, fields quoted when they hold a comma, quote or line break. */
export function toCsv(columns: readonly Column[], rows: readonly Row[]): string {
  return csvTable(columns.map((c) => c.header), rows.map((r) => columns.map((c) => r[c.name])));
}

/** Every `description` inside a JSON Schema, written by `say`. */
function describeIn(node: unknown, say: (description: string) => string): unknown {
  if (Array.isArray(node)) return node.map((x) => describeIn(x, say));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, k === 'description' && typeof v === 'string' ? say(v) : describeIn(v, say)]));
}

/**
 * The JSON Schema of a download, from its zod schema. In English a schema's
 * own top-level description (from zod) stands; in the other editions the
 * download's title and description, in the language, do, and the fields'
 * descriptions are the edition's translations of the schemas' English ones.
 */
export function toJsonSchema(d: DatasetDownload, id: string, locale: Locale = 'en'): Record<string, unknown> {
  const schema = z.toJSONSchema(d.schema, { reused: 'ref', io: 'input' }) as Record<string, unknown>;
  const own = { $schema: schema.$schema, $id: id, title: d.title, description: d.description };
  if (locale === 'en') return { ...own, ...schema };
  const inner = describeIn(schema, messages(locale).data.schemaField) as Record<string, unknown>;
  return { ...own, ...inner, title: d.title, description: d.description };
}

/** The fields' descriptions of a JSON Schema that have no translation in the edition (none, when every one has). */
export function untranslatedSchemaFields(d: DatasetDownload, locale: Locale): string[] {
  const out = new Set<string>();
  const say = messages(locale).data.schemaField;
  // The top-level description is the download's own, already in the language.
  const { description: _own, ...fields } = z.toJSONSchema(d.schema, { reused: 'ref', io: 'input' }) as Record<string, unknown>;
  describeIn(fields, (text) => {
    if (say(text) === text) out.add(text);
    return text;
  });
  return [...out];
}
