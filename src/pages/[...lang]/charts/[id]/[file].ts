// Every file of every chart, drawn or written at build time beside the
// chart's page: /charts/<id>/wide-light.svg, <id>-dark.png, og.png,
// <id>.csv, <id>.json, interactive.json (see src/charts/files.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSourceMap } from '../../../../data/load.ts';
import { chartFile, chartFileNames } from '../../../../charts/files.ts';
import { chartIdsIn, getChartSpec } from '../../../../charts/specs.ts';
import { absoluteUrl } from '../../../../lib/url.ts';
import { perEdition, type EditionProps } from '../../../../i18n/editions.ts';
import { PAGE_EDITIONS } from '../../../../i18n/page-editions.ts';

export const getStaticPaths = (() =>
  perEdition(PAGE_EDITIONS.chartFiles, (locale) => chartIdsIn(locale).map((id) => getChartSpec(id, undefined, locale)).flatMap((spec) => chartFileNames(spec).map((file) => ({ params: { id: spec.id, file } }))))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const { locale } = props as EditionProps;
  const spec = getChartSpec(String(params.id), `/charts/${params.id}/${params.file}`, locale);
  const { body, contentType } = chartFile(spec, String(params.file), { sources: getSourceMap(), absoluteUrl, locale });
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': contentType } });
};
