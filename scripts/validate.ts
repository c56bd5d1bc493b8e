/**
 * `npm run validate`: checks content/data, then content/articles (frontmatter,
 * components, prose rules). Exit 0 with a summary, or exit 1 with one line
 * per problem. Never a stack trace.
 *
 * `validateCommand(cwd)` is the whole command without the process: what it
 * would print and the exit code (the tests call it in-process).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ContentProblems, problemReport, readSiteData } from '../src/data/dataset.ts';
import { formatProblem } from '../src/data/problems.ts';
import type { SiteData } from '../src/data/site-data.ts';
import { validateArticles } from '../src/data/validate/article-files.ts';
import { allChartFigureProblems } from '../src/charts/registry.ts';
import { checkMessageTables } from '../src/i18n/messages/check.ts';
import { MESSAGE_TABLES, messageFile } from '../src/i18n/messages/index.ts';

export interface ValidateOutput {
  status: 0 | 1;
  stdout: string;
  stderr: string;
}

export function validateCommand(cwd: string): ValidateOutput {
  const started = performance.now();
  try {
    let data: SiteData;
    try {
      data = readSiteData(cwd);
    } catch (err) {
      if (err instanceof ContentProblems) return { status: 1, stdout: '', stderr: `${err.message}\n` };
      throw err;
    }
    const ms = Math.round(performance.now() - started);
    const { ds, index } = data;
    // Estimates are never results: an official chart draws none, and no chart sets the 2025 result beside one.
    const charts = allChartFigureProblems(data);
    if (charts.length) {
      return { status: 1, stdout: '', stderr: `${charts.map((line) => `src/charts/registry.ts: ${line}`).join('\n')}\n\n${charts.length} problem${charts.length === 1 ? '' : 's'} in the charts; nothing was built.\n` };
    }
    // Every edition's message table has every key of the English one.
    const messageProblems = checkMessageTables(MESSAGE_TABLES, messageFile);
    if (messageProblems.length) return { status: 1, stdout: '', stderr: problemReport(messageProblems, 'src/i18n/messages') };
    const byStatus = new Map<string, number>();
    for (const f of index.values()) byStatus.set(f.figure.status, (byStatus.get(f.figure.status) ?? 0) + 1);
    const statuses = [...byStatus].map(([s, n]) => `${n} ${s}`).join(', ');
    const art = validateArticles(cwd, data);
    // A translation made from an older English text still builds (its page says so); the editor sees why here.
    const warnings = art.warnings.map((w) => `warning: ${formatProblem(w)}\n`).join('');
    if (art.problems.length) {
      return { status: 1, stdout: '', stderr: warnings + problemReport(art.problems, 'content/articles') };
    }
    const perLocale = (l: string) => art.translations.filter((t) => t.locale === l).length;
    const translated = art.translations.length ? ` Translations: ${perLocale('be')} Belarusian, ${perLocale('ru')} Russian${art.warnings.length ? ` (${art.warnings.length} behind the English)` : ''}.` : '';
    const articles = art.articles.length
      ? ` content/articles is valid: ${art.articles.length} article${art.articles.length === 1 ? "" : "s"} (${art.figures} figures, ${art.citations} citations, ${art.charts} charts).${translated}`
      : '';
    return {
      status: 0,
      stdout:
        `content/data is valid (${ms} ms): ${ds.elections.length + 1} elections, ${ds.candidates.length} candidates, ${ds.regions.length} regions, ` +
        `${ds.timeline.length} events, ${ds.sources.length} sources; ${index.size} figures (${statuses}).${articles}\n`,
      stderr: warnings,
    };
  } catch (err) {
    return { status: 1, stdout: '', stderr: `validate: could not run (${err instanceof Error ? err.message : String(err)})\n` };
  }
}

// Run as a command (also through a symlinked scripts/ folder), not when imported.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = validateCommand(process.cwd());
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  process.exitCode = out.status;
}
