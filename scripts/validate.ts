/**
 * `npm run validate`: checks content/data, then content/articles (frontmatter,
 * components, prose rules). Exit 0 with a summary, or exit 1 with one line
 * per problem. Never a stack trace.
 */
import { loadDataset, formatProblems } from '../src/data/validate/load-dataset.ts';
import { validateArticles } from '../src/data/validate/articles.ts';
import { allChartFigureProblems } from '../src/charts/registry.ts';

const started = performance.now();
try {
  const result = loadDataset(process.cwd());
  const ms = Math.round(performance.now() - started);
  if (!result.ok) {
    process.stderr.write(`${formatProblems(result.problems)}\n\n${result.problems.length} problem${result.problems.length === 1 ? '' : 's'} in content/data; nothing was built.\n`);
    process.exit(1);
  }
  const { dataset: ds, index } = result;
  // Estimates are never results: an official chart draws none, and no chart sets the 2025 result beside one.
  const charts = allChartFigureProblems(ds, index);
  if (charts.length) {
    process.stderr.write(`${charts.map((line) => `src/charts/registry.ts: ${line}`).join('\n')}\n\n${charts.length} problem${charts.length === 1 ? '' : 's'} in the charts; nothing was built.\n`);
    process.exit(1);
  }
  const byStatus = new Map<string, number>();
  for (const f of index.values()) byStatus.set(f.figure.status, (byStatus.get(f.figure.status) ?? 0) + 1);
  const statuses = [...byStatus].map(([s, n]) => `${n} ${s}`).join(', ');
  const art = validateArticles(process.cwd(), ds, index);
  if (art.problems.length) {
    process.stderr.write(`${formatProblems(art.problems)}\n\n${art.problems.length} problem${art.problems.length === 1 ? '' : 's'} in content/articles; nothing was built.\n`);
    process.exit(1);
  }
  const articles = art.articles.length
    ? ` content/articles is valid: ${art.articles.length} article${art.articles.length === 1 ? "" : "s"} (${art.figures} figures, ${art.citations} citations, ${art.charts} charts).`
    : '';
  process.stdout.write(
    `content/data is valid (${ms} ms): ${ds.elections.length + 1} elections, ${ds.candidates.length} candidates, ${ds.regions.length} regions, ` +
      `${ds.timeline.length} events, ${ds.sources.length} sources; ${index.size} figures (${statuses}).${articles}\n`,
  );
} catch (err) {
  process.stderr.write(`validate: could not run (${err instanceof Error ? err.message : String(err)})\n`);
  process.exit(1);
}
