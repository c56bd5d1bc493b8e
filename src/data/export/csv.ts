/**
 * The one CSV writer, for the /data/ downloads and the chart downloads alike:
 * RFC 4180, a header row, CRLF line ends, a field quoted when it holds a
 * comma, a quote or a line break. An absent value (null or undefined) is an
 * empty field.
 */
export type CsvCell = string | number | boolean | null | undefined;

function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvTable(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [header.map(csvField).join(',')];
  for (const row of rows) lines.push(row.map(csvField).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
