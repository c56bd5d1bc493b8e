/**
 * The words that travel with the downloads, per edition: the README
 * (/data/README.md), the licence (/data/LICENSE.txt) and the citation,
 * shared with /data/.
 */
import type { Dataset } from '../../schemas/index.ts';
import { formatDate } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { messages } from '../../i18n/messages/index.ts';
import type { DatasetDownload } from './datasets.ts';

import { CONTENT_LICENCE } from '../../site.ts';

const LICENCE_URL = CONTENT_LICENCE.url;

/** The dataset's version: the date of its latest changelog entry. */
export function dataVersion(ds: Dataset): string | undefined {
  return ds.changelog.map((c) => c.date).sort().at(-1);
}

export function citation(ds: Dataset, dataUrl: string, locale: Locale = 'en'): string {
  const v = dataVersion(ds);
  const t = messages(locale);
  return t.data.citation(t.site.name, v ? formatDate(locale, v) : undefined, dataUrl, t.data.licenceName);
}

export function licenceText(locale: Locale = 'en'): string {
  const t = messages(locale);
  const l = t.data.licenceText;
  return [
    l.heading(t.site.name),
    '',
    l.grant(t.data.licenceName),
    LICENCE_URL,
    '',
    l.terms,
    '',
    l.facts,
    '',
    ...(l.binding ? [l.binding, ''] : []),
  ].join('\n');
}

export function readmeText(
  ds: Dataset,
  downloads: readonly DatasetDownload[],
  urls: { data: string; sources: string; about: string; file: (name: string) => string },
  locale: Locale = 'en',
): string {
  const t = messages(locale);
  const r = t.data.readme;
  const v = dataVersion(ds);
  const code = (names: readonly string[]) => names.map((n) => `\`${n}\``).join(', ');
  const lines: string[] = [
    r.heading(t.site.name),
    '',
    r.generated,
    '',
    v ? r.version(formatDate(locale, v)) : '',
    '',
    r.whatIsHere,
    '',
    r.formats,
    '',
    ...(r.language ? [r.language, ''] : []),
  ];
  for (const d of downloads) {
    const origin = d.origin === 'computed' ? r.computed : d.origin;
    lines.push(`### ${d.title}`, '', d.description, '', r.csv(urls.file(`${d.id}.csv`), d.rows.length), r.json(urls.file(`${d.id}.json`)), r.schema(urls.file(`schema/${d.id}.schema.json`)), r.from(origin), '', r.columns, '');
    for (const c of d.columns) lines.push(r.column(c.name, c.header, c.description));
    lines.push('');
    if (locale !== 'en') {
      if (d.freeText.translated.length) lines.push(r.inLanguage(code(d.freeText.translated)), '');
      if (d.freeText.partly.length) lines.push(r.inPart(code(d.freeText.partly)), '');
      if (d.freeText.english.length) lines.push(r.inEnglish(code(d.freeText.english)), '');
    }
  }
  lines.push(
    r.howToRead,
    '',
    r.statuses,
    r.decimals,
    r.basis,
    r.stages,
    ...(r.codes ? [r.codes] : []),
    r.sources,
    r.method(urls.about),
    '',
    r.licence,
    '',
    r.licenceLine(t.data.licenceName, LICENCE_URL, urls.sources),
    '',
    r.cite,
    '',
    citation(ds, urls.data, locale),
    '',
  );
  return lines.join('\n');
}
