/**
 * Checks that span records and files: references resolve, parts never exceed
 * the whole, computed shares round to the published ones, turnout never falls,
 * dates are ordered, free text carries no typed figures.
 */
import type { Dataset, Election, Figure, TextAllowEntry } from '../../schemas/index.ts';
import { MONTHS_LONG, PRODUCER_IDS } from '../../schemas/index.ts';
import { DATA_DIR, exactValue, FIGURE_REF, publishedDecimals, type IndexedFigure } from '../figures/figure-index.ts';
import { roundedPercent } from '../figures/percent.ts';
import { describeValue, type Problem } from '../problems.ts';

const F = (name: string) => `${DATA_DIR}/${name}`;

const MONTH_RE = new RegExp(`^(${MONTHS_LONG.join('|')})$`);

/** Numbers in free text that are neither years nor the day of a date. */
function strayNumbers(text: string): string[] {
  const bare = text.replace(FIGURE_REF, ' ');
  const tokens = bare.split(/(\s+)/);
  const words = tokens.filter((t) => !/^\s+$/.test(t));
  const out: string[] = [];
  words.forEach((w, i) => {
    for (const m of w.matchAll(/\d[\d,.:]*\d|\d/g)) {
      const n = m[0];
      if (/^(19|20)\d\d$/.test(n)) continue;
      const clean = (s: string | undefined) => (s ?? '').replace(/[^A-Za-z]/g, '');
      if (/^\d{1,2}$/.test(n) && Number(n) >= 1 && Number(n) <= 31 && w.replace(/[^\d]/g, '') === n) {
        if (MONTH_RE.test(clean(words[i + 1])) || MONTH_RE.test(clean(words[i - 1]))) continue;
      }
      out.push(n);
    }
  });
  return out;
}

interface Ctx {
  ds: Dataset;
  index: Map<string, IndexedFigure>;
  problems: Problem[];
}

function push(ctx: Ctx, file: string, path: string, expected: string, found: string) {
  ctx.problems.push({ file, path, expected, found });
}

function checkUnique(ctx: Ctx, file: string, items: readonly unknown[], field: string, what: string) {
  const seen = new Set<string>();
  items.forEach((it, i) => {
    const v = String((it as Record<string, unknown>)[field]);
    if (seen.has(v)) push(ctx, F(file), `[${v}]`, `a unique ${what}`, `"${v}" used again (record ${i + 1})`);
    seen.add(v);
  });
}

/** Walks any JSON value, calling back on every `sources` list and every free-text field. */
function walk(node: unknown, path: string, visit: (key: string, value: unknown, path: string, parent: Record<string, unknown>) => void) {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      const id = item && typeof item === 'object'
        ? ['id', 'key', 'candidate', 'area', 'region'].map((f) => (item as Record<string, unknown>)[f]).find((v) => typeof v === 'string')
        : undefined;
      walk(item, `${path}[${id ?? i}]`, visit);
    });
  } else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      const p = path ? `${path}.${k}` : k;
      visit(k, v, p, node as Record<string, unknown>);
      walk(v, p, visit);
    }
  }
}

export const FREE_TEXT_FIELDS = new Set([
  'text', 'note', 'reason', 'change', 'role', 'party', 'nomination', 'conflictNote', 'dateNote', 'beNote', 'announcedBy', 'measure', 'title', 'was', 'now', 'why',
  // content/data/evidence.json
  'measured', 'method', 'sample', 'limitations', 'summary', 'of', 'producerName',
]);
/** Files whose `title` is a citation (kept as the source wrote it), not our text. */
const CITATION_FILES = new Set(['sources.json']);

function checkReferencesAndText(ctx: Ctx) {
  const sourceKeys = new Set(ctx.ds.sources.map((s) => s.key));
  const allow = ctx.ds.textAllowlist;
  const used = new Set<TextAllowEntry>();
  const files: [string, unknown][] = [
    ['regions.json', ctx.ds.regions], ['candidates.json', ctx.ds.candidates], ['elections.json', ctx.ds.elections],
    ['results-2025.json', ctx.ds.results2025], ['turnout-2025.json', ctx.ds.turnout2025],
    ['regions-2020.json', ctx.ds.regions2020], ['timeline.json', ctx.ds.timeline], ['changelog.json', ctx.ds.changelog], ['corrections.json', ctx.ds.corrections],
    ['sources.json', ctx.ds.sources], ['evidence.json', ctx.ds.evidence],
  ];
  for (const [file, data] of files) {
    walk(data, '', (key, value, path, parent) => {
      if (key === 'sources' && Array.isArray(value)) {
        value.forEach((k, i) => {
          if (typeof k === 'string' && !sourceKeys.has(k)) {
            push(ctx, F(file), `${path}[${i}]`, 'a source key listed in content/data/sources.json', `"${k}"`);
          }
        });
      }
      if (key === 'agreesWith' && typeof value === 'string' && !ctx.index.has(value)) {
        push(ctx, F(file), path, 'the key of a figure in the dataset', `"${value}"`);
      }
      // A reported-rounded figure's `text` is the figure as the source wrote it, not our prose.
      const isFigureText = key === 'text' && parent.status === 'reported-rounded';
      if (typeof value === 'string' && FREE_TEXT_FIELDS.has(key) && !isFigureText && !(CITATION_FILES.has(file) && key === 'title')) {
        for (const m of value.matchAll(FIGURE_REF)) {
          if (!ctx.index.has(m[1]!)) push(ctx, F(file), path, 'every {{figure.key}} in the text to name a figure in the dataset', `"{{${m[1]}}}"`);
        }
        for (const n of strayNumbers(value)) {
          const entry = allow.find((a) => a.file === F(file) && a.path === path && a.token === n);
          if (entry) { used.add(entry); continue; }
          push(ctx, F(file), path, 'no typed number in free text other than years and days of dates (write the figure as {{figure.key}}, or add an entry with a reason to content/data/text-allowlist.json)', `"${n}"`);
        }
      }
    });
  }
  allow.forEach((a, i) => {
    if (!used.has(a)) push(ctx, F('text-allowlist.json'), `[${i}]`, 'an entry that matches a number in the text it names', `"${a.token}" at ${a.file}: ${a.path}, which is not there`);
  });
}

function checkIdsAndLinks(ctx: Ctx) {
  const { ds } = ctx;
  checkUnique(ctx, 'sources.json', ds.sources, 'key', 'source key');
  checkUnique(ctx, 'regions.json', ds.regions, 'id', 'region id');
  checkUnique(ctx, 'candidates.json', ds.candidates, 'id', 'candidate id');
  checkUnique(ctx, 'elections.json', ds.elections, 'id', 'election id');
  checkUnique(ctx, 'timeline.json', ds.timeline, 'id', 'event id');
  checkUnique(ctx, 'changelog.json', ds.changelog, 'id', 'changelog id');
  checkUnique(ctx, 'corrections.json', ds.corrections, 'id', 'correction id');
  checkUnique(ctx, 'turnout-2025.json', ds.turnout2025.checkpoints, 'id', 'checkpoint id');
  checkUnique(ctx, 'turnout-2025.json', ds.turnout2025.series, 'area', 'series area');
  checkUnique(ctx, 'regions-2020.json', ds.regions2020.regions, 'region', 'region');
  checkUnique(ctx, 'evidence.json', ds.evidence, 'id', 'evidence id');

  const candidateIds = new Set(ds.candidates.map((c) => c.id));
  const regionIds = new Set(ds.regions.map((r) => r.id));
  const cpIds = ds.turnout2025.checkpoints.map((c) => c.id);
  for (const stage of ['preliminary', 'final'] as const) {
    const listed = ds.results2025[stage].candidates.map((c) => c.candidate);
    listed.forEach((id) => {
      if (!candidateIds.has(id)) push(ctx, F('results-2025.json'), `${stage}.candidates[${id}].candidate`, 'a candidate id from content/data/candidates.json', `"${id}"`);
    });
    for (const id of candidateIds) {
      if (!listed.includes(id)) push(ctx, F('results-2025.json'), `${stage}.candidates`, `a result for every candidate, including "${id}"`, 'none for that candidate');
    }
  }
  for (const e of ds.elections) {
    for (const field of ['winner', 'runnerUp'] as const) {
      const c = e[field].candidate;
      if (c && !candidateIds.has(c)) push(ctx, F('elections.json'), `[${e.id}].${field}.candidate`, 'a candidate id from content/data/candidates.json', `"${c}"`);
    }
  }
  for (const s of ds.turnout2025.series) {
    if (s.area !== 'belarus' && !regionIds.has(s.area)) push(ctx, F('turnout-2025.json'), `series[${s.area}].area`, '"belarus" or a region id from content/data/regions.json', `"${s.area}"`);
    for (const cp of cpIds) {
      if (!(cp in s.values)) push(ctx, F('turnout-2025.json'), `series[${s.area}].values.${cp}`, 'a figure for every checkpoint (use status "not-found" for a gap)', 'nothing (the field is missing)');
    }
    for (const k of Object.keys(s.values)) {
      if (!cpIds.includes(k)) push(ctx, F('turnout-2025.json'), `series[${s.area}].values.${k}`, `a checkpoint id (${cpIds.join(', ')})`, `"${k}"`);
    }
  }
  for (const r of ds.regions) {
    if (!ds.turnout2025.series.some((s) => s.area === r.id)) push(ctx, F('turnout-2025.json'), 'series', `a series for every region, including "${r.id}"`, 'none');
  }
  for (const r of ds.regions2020.regions) {
    if (!regionIds.has(r.region)) push(ctx, F('regions-2020.json'), `regions[${r.region}].region`, 'a region id from content/data/regions.json', `"${r.region}"`);
  }
}

function v(f: Figure | undefined): number | undefined {
  return f ? exactValue(f) : undefined;
}

function checkParts(ctx: Ctx) {
  const chain = (file: string, path: string, parts: [string, number | undefined][]) => {
    // Each known value must not exceed the next known one up the chain.
    const known = parts.filter(([, n]) => n !== undefined) as [string, number][];
    for (let i = 0; i + 1 < known.length; i++) {
      const [a, av] = known[i]!;
      const [b, bv] = known[i + 1]!;
      if (av > bv) push(ctx, F(file), path, `${a} (${av.toLocaleString('en-GB')}) to be no more than ${b}`, `${b} = ${bv.toLocaleString('en-GB')}`);
    }
  };
  for (const e of ctx.ds.elections) {
    const sumParts = [v(e.winner.votes), v(e.runnerUp.votes), v(e.againstAll.votes), v(e.invalid.votes)];
    const known = sumParts.filter((x): x is number => x !== undefined);
    chain('elections.json', `[${e.id}]`, [
      ['the winner, runner-up, against all and invalid ballots together', known.length ? known.reduce((a, b) => a + b, 0) : undefined],
      ['voters who took part', v(e.tookPart)],
      ['ballots issued', v(e.ballotsIssued)],
      ['registered voters', v(e.registered)],
    ]);
  }
  const res = ctx.ds.results2025;
  const exactCounts = new Map<string, number>();
  for (const stage of ['preliminary', 'final'] as const) {
    for (const c of res[stage].candidates) {
      const n = v(c.votes);
      if (n !== undefined) exactCounts.set(c.candidate, n);
    }
  }
  for (const stage of ['preliminary', 'final'] as const) {
    const b = res[stage];
    // Candidates' exact counts may come from either announcement (the shares are identical on both dates).
    const votes = b.candidates.map((c) => v(c.votes) ?? exactCounts.get(c.candidate));
    const sum = votes.every((x) => x !== undefined) ? (votes as number[]).reduce((a, c) => a + c, 0) + (v(b.againstAll.votes) ?? 0) + (v(b.invalid.votes) ?? 0) : undefined;
    chain('results-2025.json', stage, [
      ['the candidates, against all and invalid ballots together', sum],
      ['voters who took part', v(b.tookPart)],
      ['ballots issued', v(b.ballotsIssued)],
      ['registered voters', v(b.registered)],
    ]);
  }
  for (const s of ctx.ds.turnout2025.series) {
    if (s.area === 'belarus') continue;
  }
  const national = ctx.ds.turnout2025.series.find((s) => s.area === 'belarus');
  const regional = ctx.ds.turnout2025.series.filter((s) => s.area !== 'belarus').map((s) => v(s.pollingStations));
  if (national && regional.every((x) => x !== undefined)) {
    const sum = (regional as number[]).reduce((a, b) => a + b, 0);
    const n = v(national.pollingStations);
    if (n !== undefined && sum !== n) push(ctx, F('turnout-2025.json'), 'series[belarus].pollingStations', `the regions' polling stations to add up to the national figure (${n.toLocaleString('en-GB')})`, `a regional total of ${sum.toLocaleString('en-GB')}`);
  }
}

function checkShare(
  ctx: Ctx, file: string, path: string, fig: Figure | undefined, part: number | undefined, whole: number | undefined,
  exceptions: { figure: string; computed: string }[], exceptionName: string,
) {
  if (!fig || (fig.status !== 'published' && fig.status !== 'derived') || part === undefined || whole === undefined || whole === 0) return;
  const published = String(fig.value);
  const computed = roundedPercent(part, whole, publishedDecimals(published));
  const exc = exceptions.find((x) => x.figure === exceptionName);
  if (exc) {
    if (computed === published) {
      push(ctx, F(file), `${path}`, `no precision exception for ${exceptionName}, since the counts give the published ${published}`, `an exception giving ${exc.computed}`);
    } else if (exc.computed !== computed) {
      push(ctx, F(file), `${path}`, `the precision exception's computed value to be what the counts give (${computed})`, `"${exc.computed}"`);
    }
    return;
  }
  if (computed !== published) {
    push(ctx, F(file), `${path}.value`, `"${computed}" (the counts give ${(part / whole * 100).toFixed(4)}%, which rounds to ${computed} at the published precision; or add a precision exception with a reason and a source)`, `"${published}"`);
  }
}

function checkPrecision(ctx: Ctx) {
  for (const e of ctx.ds.elections) {
    const exc = e.precisionExceptions ?? [];
    const took = v(e.tookPart);
    const valid = took !== undefined && v(e.invalid.votes) !== undefined ? took - v(e.invalid.votes)! : undefined;
    const p = `[${e.id}]`;
    const f = 'elections.json';
    checkShare(ctx, f, `${p}.turnout`, e.turnout, took, v(e.registered), exc, 'turnout');
    if (e.turnoutAlt && e.turnoutAlt.status === 'published') {
      const part = e.turnoutAlt.basis === 'ballots-issued' ? v(e.ballotsIssued) : took;
      checkShare(ctx, f, `${p}.turnoutAlt`, e.turnoutAlt, part, v(e.registered), exc, 'turnoutAlt');
    }
    for (const field of ['winner', 'runnerUp', 'againstAll'] as const) {
      const c = e[field] as Election['winner'] | Election['againstAll'];
      checkShare(ctx, f, `${p}.${field}.share`, c.share, v(c.votes), took, exc, `${field}.share`);
      checkShare(ctx, f, `${p}.${field}.shareValid`, c.shareValid, v(c.votes), valid, exc, `${field}.shareValid`);
    }
    checkShare(ctx, f, `${p}.invalid.share`, e.invalid.share, v(e.invalid.votes), took, exc, 'invalid.share');
    exc.forEach((x, i) => {
      const known = ['winner.share', 'winner.shareValid', 'runnerUp.share', 'runnerUp.shareValid', 'againstAll.share', 'againstAll.shareValid', 'invalid.share', 'turnout', 'turnoutAlt'];
      if (!known.includes(x.figure)) push(ctx, F(f), `${p}.precisionExceptions[${i}].figure`, 'a share field', `"${x.figure}"`);
    });
  }
  const res = ctx.ds.results2025;
  for (const stage of ['preliminary', 'final'] as const) {
    const b = res[stage];
    const took = v(b.tookPart);
    checkShare(ctx, 'results-2025.json', `${stage}.turnout`, b.turnout, took, v(b.registered), [], '');
    checkShare(ctx, 'results-2025.json', `${stage}.turnoutBallotsIssued`, b.turnoutBallotsIssued, v(b.ballotsIssued), v(b.registered), [], '');
    for (const c of b.candidates) {
      checkShare(ctx, 'results-2025.json', `${stage}.candidates[${c.candidate}].share`, c.share, v(c.votes), took, [], '');
    }
    checkShare(ctx, 'results-2025.json', `${stage}.againstAll.share`, b.againstAll.share, v(b.againstAll.votes), took, [], '');
  }
}

function checkReportedRounded(ctx: Ctx) {
  const UNIT: Record<string, number> = { thousand: 1_000, million: 1_000_000 };
  for (const fig of ctx.index.values()) {
    const f = fig.figure;
    if (f.status !== 'reported-rounded') continue;
    if (!f.agreesWith) continue;
    const target = ctx.index.get(f.agreesWith);
    const exact = target ? exactValue(target.figure) : undefined;
    if (exact === undefined) {
      // An unknown key is reported once, by the reference check; a known one must have an exact count.
      if (target) push(ctx, fig.file, `${fig.path}.agreesWith`, 'the key of a figure with an exact count', `"${f.agreesWith}" (${target.figure.status})`);
      continue;
    }
    const m = /(\d+(?:[.,]\d+)?)/.exec(f.text);
    const unit = UNIT[f.unit];
    if (!m || !unit) {
      push(ctx, fig.file, `${fig.path}.text`, `a number in ${f.unit}s, such as "189 thousand"`, JSON.stringify(f.text));
      continue;
    }
    const stated = Number(m[1]!.replace(',', '.'));
    const decimals = m[1]!.includes('.') || m[1]!.includes(',') ? m[1]!.split(/[.,]/)[1]!.length : 0;
    const scaled = exact / unit * 10 ** decimals;
    const trunc = Math.floor(scaled) / 10 ** decimals;
    const round = Math.round(scaled) / 10 ** decimals;
    const ok = f.method === 'truncated' ? stated === trunc : f.method === 'rounded' ? stated === round : stated === trunc || stated === round;
    if (!ok) {
      const how = f.method ?? 'truncated or rounded';
      push(ctx, fig.file, `${fig.path}.text`, `the text to report ${f.agreesWith} (${exact.toLocaleString('en-GB')}) ${how} to the ${f.unit}: "${f.method === 'rounded' ? round : trunc} ${f.unit}"`, JSON.stringify(f.text));
    }
  }
}

function checkTurnoutAndDates(ctx: Ctx) {
  const t = ctx.ds.turnout2025;
  const order = t.checkpoints.map((c) => c.id);
  for (let i = 1; i < t.checkpoints.length; i++) {
    const a = t.checkpoints[i - 1]!;
    const b = t.checkpoints[i]!;
    const ka = `${a.date} ${a.time ?? '00:00'}`;
    const kb = `${b.date} ${b.time ?? '00:00'}`;
    if (kb < ka) push(ctx, F('turnout-2025.json'), `checkpoints[${b.id}].date`, `checkpoints in time order (after ${a.id}, ${ka})`, `${kb}`);
  }
  for (const s of t.series) {
    let last: { cp: string; value: number } | undefined;
    for (const cp of order) {
      const fig = s.values[cp];
      const n = fig ? exactValue(fig) : undefined;
      if (n === undefined) continue;
      if (last && n < last.value) {
        push(ctx, F('turnout-2025.json'), `series[${s.area}].values.${cp}.value`, `cumulative turnout never to fall (at least ${last.value} as at ${last.cp})`, `"${(fig as { value: string }).value}"`);
      }
      last = { cp, value: n };
    }
  }
  for (const e of ctx.ds.elections) {
    if (String(e.year) !== e.date.slice(0, 4)) push(ctx, F('elections.json'), `[${e.id}].year`, `the year of the polling day (${e.date.slice(0, 4)})`, `${e.year}`);
    if (e.finalDate && e.finalDate < e.date) push(ctx, F('elections.json'), `[${e.id}].finalDate`, `a date on or after polling day (${e.date})`, e.finalDate);
    if (e.preliminary && e.preliminary.date < e.date) push(ctx, F('elections.json'), `[${e.id}].preliminary.date`, `a date on or after polling day (${e.date})`, e.preliminary.date);
    if (e.preliminary && e.finalDate && e.preliminary.date > e.finalDate) push(ctx, F('elections.json'), `[${e.id}].preliminary.date`, `a date on or before the final result (${e.finalDate})`, e.preliminary.date);
  }
  const ids = ctx.ds.elections.map((e) => e.date);
  for (let i = 1; i < ids.length; i++) {
    if (ids[i]! <= ids[i - 1]!) push(ctx, F('elections.json'), `[${ctx.ds.elections[i]!.id}].date`, `elections in date order (after ${ids[i - 1]})`, ids[i]!);
  }
  const res = ctx.ds.results2025;
  if (res.preliminary.announced < res.date) push(ctx, F('results-2025.json'), 'preliminary.announced', `a date on or after polling day (${res.date})`, res.preliminary.announced);
  if (res.final.announced < res.preliminary.announced) push(ctx, F('results-2025.json'), 'final.announced', `a date on or after the preliminary results (${res.preliminary.announced})`, res.final.announced);
  const tl = ctx.ds.timeline;
  for (let i = 1; i < tl.length; i++) {
    const a = tl[i - 1]!;
    const b = tl[i]!;
    if (b.date.start < a.date.start) {
      push(ctx, F('timeline.json'), `[${b.id}].date.start`, `events in date order (on or after ${a.date.start}, the date of "${a.id}")`, b.date.start);
    } else if (b.date.start === a.date.start) {
      if (a.order === undefined || b.order === undefined) {
        push(ctx, F('timeline.json'), `[${a.order === undefined ? a.id : b.id}].order`, `an explicit order, since "${a.id}" and "${b.id}" share the date ${a.date.start}`, 'nothing (the field is missing)');
      } else if (b.order <= a.order) {
        push(ctx, F('timeline.json'), `[${b.id}].order`, `an order after ${a.order} (that of "${a.id}", listed before it on the same day)`, `${b.order}`);
      }
    }
  }
  const cl = ctx.ds.changelog;
  for (let i = 1; i < cl.length; i++) {
    if (cl[i]!.date < cl[i - 1]!.date) push(ctx, F('changelog.json'), `[${cl[i]!.id}].date`, `entries in date order (on or after ${cl[i - 1]!.date})`, cl[i]!.date);
  }
  const co = ctx.ds.corrections;
  for (let i = 1; i < co.length; i++) {
    if (co[i]!.date < co[i - 1]!.date) push(ctx, F('corrections.json'), `[${co[i]!.id}].date`, `corrections in date order (on or after ${co[i - 1]!.date})`, co[i]!.date);
  }
}

const EVIDENCE_FILE = F('evidence.json');

/**
 * Estimates are never results. Evidence that was found names who produced it;
 * an item with estimates says how they were made, on what and with what
 * limits; its estimates have the status "estimate", never "published"; and no
 * estimate stands where an official figure is expected.
 */
function checkEvidence(ctx: Ctx) {
  for (const item of ctx.ds.evidence) {
    const p = `[${item.id}]`;
    const estimates = Object.entries(item.estimates ?? {});
    const facts = Object.entries(item.facts ?? {});
    if (!item.found) {
      if (estimates.length || facts.length) push(ctx, EVIDENCE_FILE, `${p}.found`, 'true for an item with figures (an item not found has none: its summary says what was looked for)', 'false');
      continue;
    }
    if (!item.producer) {
      push(ctx, EVIDENCE_FILE, `${p}.producer`, `a producer label (${PRODUCER_IDS.join(', ')}): evidence never stands without who produced it`, 'nothing (the field is missing)');
    }
    if (!item.sources.length) push(ctx, EVIDENCE_FILE, `${p}.sources`, 'at least one source key for evidence that was found', 'an empty list');
    if (estimates.length) {
      if (!item.method) push(ctx, EVIDENCE_FILE, `${p}.method`, 'the method as the source states it (an item with estimates says how they were made)', 'nothing (the field is missing)');
      if (!item.sample) push(ctx, EVIDENCE_FILE, `${p}.sample`, 'the sample or coverage as the source states it (an item with estimates says what they rest on)', 'nothing (the field is missing)');
      if (!item.limitations) push(ctx, EVIDENCE_FILE, `${p}.limitations`, 'the limitations as the source states them (an item with estimates says what they cannot show)', 'nothing (the field is missing)');
    }
    for (const [name, fig] of estimates) {
      if (fig.status === 'estimate' && !fig.of) {
        push(ctx, EVIDENCE_FILE, `${p}.estimates.${name}.of`, 'what the estimate counts or is a share of (e.g. "respondents who said how they voted"): a share without its group reads as a share of the electorate', 'nothing (the field is missing)');
      }
      if (fig.status !== 'estimate' && fig.status !== 'not-found') {
        push(ctx, EVIDENCE_FILE, `${p}.estimates.${name}.status`, 'status "estimate" (an independent estimate is never a published result; figures about the work itself go under facts)', `"${fig.status}"`);
      }
    }
  }
  for (const fig of ctx.index.values()) {
    if (fig.figure.status !== 'estimate' || fig.file === EVIDENCE_FILE) continue;
    push(ctx, fig.file, `${fig.path}.status`, 'an official figure (published, reported-rounded, derived or not-found): an estimate belongs in content/data/evidence.json, never where an official figure is expected', '"estimate"');
  }
}

export function checkInvariants(ds: Dataset, index: Map<string, IndexedFigure>): Problem[] {
  const ctx: Ctx = { ds, index, problems: [] };
  checkIdsAndLinks(ctx);
  checkReferencesAndText(ctx);
  checkParts(ctx);
  checkPrecision(ctx);
  checkReportedRounded(ctx);
  checkTurnoutAndDates(ctx);
  checkEvidence(ctx);
  return ctx.problems;
}

