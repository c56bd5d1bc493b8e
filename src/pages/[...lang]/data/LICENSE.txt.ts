// /data/LICENSE.txt: the licence of the data downloads.
import type { APIRoute, GetStaticPaths } from 'astro';
import { licenceText } from '../../../data/export/readme.ts';
import { editionPaths } from '../../../i18n/editions.ts';
import { PAGE_EDITIONS } from '../../../i18n/page-editions.ts';

export const getStaticPaths = (() => editionPaths(PAGE_EDITIONS.dataFiles)) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(licenceText(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
