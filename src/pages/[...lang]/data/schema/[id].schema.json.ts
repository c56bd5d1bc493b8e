// /data/schema/<id>.schema.json: the JSON Schema of each JSON download, generated from its zod schema.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteData } from '../../../../data/load.ts';
import { buildDatasets, toJsonSchema } from '../../../../data/export/datasets.ts';
import { absoluteUrl } from '../../../../lib/url.ts';
import { localePath, perEdition, type EditionProps } from '../../../../i18n/editions.ts';
import { PAGE_EDITIONS } from '../../../../i18n/page-editions.ts';

export const getStaticPaths = (() => perEdition(PAGE_EDITIONS.dataFiles, (locale) => buildDatasets(getSiteData(), locale).map((d) => ({ params: { id: d.id } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { locale } = props as EditionProps;
  const d = buildDatasets(getSiteData(), locale).find((x) => x.id === params.id)!;
  const schema = toJsonSchema(d, absoluteUrl(localePath(locale, `/data/schema/${d.id}.schema.json`)), locale);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
