// /charts/manifest.json: every chart image with the text it drew and the
// stage of its data, so tests (and anyone) can read what an image says.
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartManifest } from '../../../charts/files.ts';
import { chartIdsIn, getChartSpec } from '../../../charts/specs.ts';
import { editionPaths, type EditionProps } from '../../../i18n/editions.ts';
import { PAGE_EDITIONS } from '../../../i18n/page-editions.ts';

export const getStaticPaths = (() => editionPaths(PAGE_EDITIONS.chartManifest)) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(chartManifest(chartIdsIn((props as EditionProps).locale).map((id) => getChartSpec(id, undefined, (props as EditionProps).locale)), (props as EditionProps).locale), null, 1) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
