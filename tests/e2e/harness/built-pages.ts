// The pages the build holds, for the browser tests: every sitemap URL of every
// edition, every edition's embeds and 404 page (site paths, without the base).
// The sweep loads each; the behaviour tests pick their be/ru pages from it
// (matrix.ts casesPerEdition), so a page that joins an edition is tested
// without touching a test.
import { requireDist } from '../../../tools/dist.ts';
import { listFiles } from '../../../tools/dist-files.ts';
import { builtAddress, sitemapPaths } from '../../../tools/links.ts';
import { builtExtras } from './matrix.ts';

let pages: string[] | undefined;

/** Every page of the build, in sitemap order, then the embeds and 404 pages by edition. */
export function builtPages(): string[] {
  const dist = requireDist();
  return (pages ??= [...sitemapPaths(dist, builtAddress(dist)), ...builtExtras(listFiles(dist))]);
}

/** The same, as a set. */
export function builtPageSet(): ReadonlySet<string> {
  return new Set(builtPages());
}
