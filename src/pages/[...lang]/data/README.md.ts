// /data/README.md: what each download holds, how to read it, the licence and how to cite.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset, getSiteData } from '../../../data/load.ts';
import { buildDatasets } from '../../../data/export/datasets.ts';
import { readmeText } from '../../../data/export/readme.ts';
import { absoluteUrl } from '../../../lib/url.ts';
import { editionPaths } from '../../../i18n/editions.ts';
import { PAGE_EDITIONS } from '../../../i18n/page-editions.ts';

export const getStaticPaths = (() => editionPaths(PAGE_EDITIONS.dataFiles)) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
  const ds = getDataset();
  const text = readmeText(ds, buildDatasets(getSiteData()), {
    data: absoluteUrl('/data/'),
    sources: absoluteUrl('/sources/'),
    about: absoluteUrl('/about/'),
    file: (name) => absoluteUrl(`/data/${name}`),
  });
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
