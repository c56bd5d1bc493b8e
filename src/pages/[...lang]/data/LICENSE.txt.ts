// /data/LICENSE.txt: the licence of the data downloads.
import type { APIRoute, GetStaticPaths } from 'astro';
import { licenceText } from '../../../data/export/readme.ts';
import { editionPaths } from '../../../i18n/editions.ts';

export const getStaticPaths = (() => editionPaths(['en'])) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(licenceText(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
