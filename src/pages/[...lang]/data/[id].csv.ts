// /data/<id>.csv: each dataset as a CSV table, generated at build from the validated data.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../data/load.ts';
import { buildDatasets, toCsv } from '../../../data/export/datasets.ts';
import { perEdition, type EditionProps } from '../../../i18n/editions.ts';
import { PAGE_EDITIONS } from '../../../i18n/page-editions.ts';

export const getStaticPaths = (() => perEdition(PAGE_EDITIONS.dataFiles, (locale) => buildDatasets(getSiteData(), locale).map((d) => ({ params: { id: d.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { locale } = props as EditionProps;
  const d = buildDatasets(getSiteData(), locale).find((x) => x.id === params.id)!;
  return new Response(toCsv(d.columns, d.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
