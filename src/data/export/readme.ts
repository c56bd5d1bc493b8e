/**
 * The words that travel with the downloads: the README (/data/README.md),
 * the licence (/data/LICENSE.txt) and the citation, shared with /data/.
 */
import type { Dataset } from '../../schemas/index.ts';
import { formatDate } from '../../lib/format.ts';
import type { DatasetDownload } from './datasets.ts';

import { CONTENT_LICENCE, SITE_NAME } from '../../site.ts';

const LICENCE_NAME = CONTENT_LICENCE.name;
const LICENCE_URL = CONTENT_LICENCE.url;

/** The dataset's version: the date of its latest changelog entry. */
export function dataVersion(ds: Dataset): string | undefined {
  return ds.changelog.map((c) => c.date).sort().at(-1);
}

export function citation(ds: Dataset, dataUrl: string): string {
  const v = dataVersion(ds);
  return `${SITE_NAME}: dataset${v ? `, version of ${formatDate(v)}` : ''}. ${dataUrl}. Licensed ${LICENCE_NAME}.`;
}

export function licenceText(): string {
  return [
    `${SITE_NAME}: data downloads`,
    '',
    `Our compilation of the data (its selection, structure, statuses, notes and the figures computed from it) is licensed under the ${LICENCE_NAME} licence:`,
    LICENCE_URL,
    '',
    'You may share and adapt it for any purpose, provided you give appropriate credit, link to the licence and indicate if changes were made.',
    '',
    'The official figures themselves are facts, from the sources cited with each figure (sources.csv). The titles of sources are quoted as their publishers wrote them.',
    '',
  ].join('\n');
}

export function readmeText(ds: Dataset, downloads: readonly DatasetDownload[], urls: { data: string; sources: string; about: string; file: (name: string) => string }): string {
  const v = dataVersion(ds);
  const lines: string[] = [
    `# ${SITE_NAME}: the data`,
    '',
    'Generated at build time from the site’s validated dataset. Do not edit this copy; the data lives in the site’s repository under content/data/.',
    '',
    v ? `Version: ${formatDate(v)} (the date of the latest entry in changelog.csv).` : '',
    '',
    '## What is here',
    '',
    'Each dataset comes as CSV (a flat table) and as JSON. For the data files, the JSON is the validated file itself, described by a JSON Schema generated from the schemas the site validates with; for the two computed tables it is the same rows as the CSV.',
    '',
  ];
  for (const d of downloads) {
    lines.push(`### ${d.title}`, '', d.description, '', `- CSV: ${urls.file(`${d.id}.csv`)} (${d.rows.length} rows)`, `- JSON: ${urls.file(`${d.id}.json`)}`, `- JSON Schema: ${urls.file(`schema/${d.id}.schema.json`)}`, `- From: ${d.origin}`, '', 'Columns of the CSV:', '');
    for (const c of d.columns) lines.push(`- \`${c.name}\`: ${c.description}`);
    lines.push('');
  }
  lines.push(
    '## How to read the figures',
    '',
    '- Every figure has a status: `published` (as a source gives it), `reported-rounded` (a source gave only a rounded figure, such as “189 thousand”: kept as text, never an exact count), `derived` (computed here, with its formula) or `not-found` (looked for and not found in the sources consulted: an empty value, never a zero).',
    '- Percentages keep the decimals they were published with, so they are strings in JSON (“80.10”, “83.0”).',
    '- Shares are of all voters who took part, invalid ballots included (the Belarusian CEC’s basis), unless a column says valid votes. Turnout is voters who took part divided by registered voters.',
    '- Results have a stage: `intermediate` (the CEC’s reports during the vote), `preliminary` or `final`.',
    '- Sources are keys; sources.csv gives each one’s title, publisher, date and URL exactly as found.',
    `- The method in full: ${urls.about}`,
    '',
    '## Licence',
    '',
    `Our compilation of the data: ${LICENCE_NAME}, ${LICENCE_URL}. The official figures themselves are facts, from the sources cited (${urls.sources}).`,
    '',
    '## How to cite',
    '',
    citation(ds, urls.data),
    '',
  );
  return lines.join('\n');
}
