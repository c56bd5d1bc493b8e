/**
 * The independent-evidence reference as committed under tests/: a byte copy of
 * shared/reference/INDEPENDENT.md (pinned by its SHA-256; nothing reads
 * ../shared) and independent.json, the structured transcription of the
 * findings content/data/evidence.json uses.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../fixtures/invalid/work-tree.ts';

const REF_DIR = join(REPO_ROOT, 'tests/fixtures/reference');

/** SHA-256 of shared/reference/INDEPENDENT.md when it was copied; a new reference means a new review of independent.json. */
export const INDEPENDENT_SHA256 = 'a1c884d96c5a2e8585fadb015edfbd4b8e44100879666b7e75ef4f3dcb5e39ef';

const independentBytes = readFileSync(join(REF_DIR, 'INDEPENDENT.md'));
export const INDEPENDENT_TEXT = independentBytes.toString('utf8');

export function independentSha256(): string {
  return createHash('sha256').update(independentBytes).digest('hex');
}

export interface ReferenceSource { id: string; title: string; url: string; publisher: string; date: string; note: string }

/** The JSON array of sources at the end of INDEPENDENT.md. */
export function independentSources(): ReferenceSource[] {
  const m = /```json\n(\[[\s\S]*?\])\n```/.exec(INDEPENDENT_TEXT);
  if (!m) throw new Error('INDEPENDENT.md: no ```json source array found');
  return JSON.parse(m[1]!) as ReferenceSource[];
}

export function independentSourceKeys(): string[] {
  return independentSources().map((s) => s.id);
}

/** One finding (a "### A4." section) of INDEPENDENT.md, as independent.json transcribes it. */
export interface Finding {
  id: string;
  heading: string;
  statement?: string;
  producedBy?: string;
  method?: string;
  confidence?: string;
  /** Each figure: our key, the span of the section it is read from, and the value as written there. */
  figures: { key: string; span: string; value: string }[];
  quotes: { text: string; source: string }[];
  sources: string[];
}

export interface Transcription {
  about: string;
  findings: Finding[];
  notFound: { id: string; text: string }[];
  conflicts: { id: string; text: string; items: string[]; resolution: string }[];
  leftOut: { id: string; reason: string }[];
}

export const TRANSCRIPTION: Transcription = JSON.parse(readFileSync(join(REF_DIR, 'independent.json'), 'utf8'));

/** The text of finding `id` ("A4"): from its heading to the next heading or rule. */
export function findingSection(id: string): string {
  const lines = INDEPENDENT_TEXT.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`### ${id}. `));
  if (start < 0) throw new Error(`INDEPENDENT.md has no finding ${id}`);
  let end = start + 1;
  while (end < lines.length && !/^(### |## |---)/.test(lines[end]!)) end++;
  return lines.slice(start, end).join('\n');
}

/** Every finding id of sections A–C ("A1" … "C3"). */
export function allFindingIds(): string[] {
  return [...INDEPENDENT_TEXT.matchAll(/^### ([A-C]\d+)\. /gm)].map((m) => m[1]!);
}
