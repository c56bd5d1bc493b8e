// /data/<id>.json: each dataset as JSON (the validated data file, or the computed table's rows).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data/load.ts';
import { buildDatasets } from '../../../data/export/datasets.ts';
import { perEdition, type EditionProps } from '../../../i18n/editions.ts';
import { PAGE_EDITIONS } from '../../../i18n/page-editions.ts';

export const getStaticPaths = (() => perEdition(PAGE_EDITIONS.dataFiles, (locale) => buildDatasets(getSiteData(), locale).map((d) => ({ params: { id: d.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { locale } = props as EditionProps;
  const d = buildDatasets(getSiteData(), locale).find((x) => x.id === params.id)!;
  return new Response(`${JSON.stringify(d.json, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
