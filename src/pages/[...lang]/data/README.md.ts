// /data/README.md: what each download holds, how to read it, the licence and how to cite, in each edition's language.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDataset, getSiteData } from '../../../data/load.ts';
import { buildDatasets } from '../../../data/export/datasets.ts';
import { readmeText } from '../../../data/export/readme.ts';
import { absoluteUrl } from '../../../lib/url.ts';
import { editionPaths, localePath, type EditionProps } from '../../../i18n/editions.ts';
import { PAGE_EDITIONS } from '../../../i18n/page-editions.ts';

export const getStaticPaths = (() => editionPaths(PAGE_EDITIONS.dataFiles)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { locale } = props as EditionProps;
  const url = (path: string) => absoluteUrl(localePath(locale, path));
  const text = readmeText(getDataset(), buildDatasets(getSiteData(), locale), {
    data: url('/data/'),
    sources: url('/sources/'),
    about: url('/about/'),
    file: (name) => url(`/data/${name}`),
  }, locale);
  return new Response(text, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
