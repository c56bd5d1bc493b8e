// /data/LICENSE.txt: the licence of the data downloads.
import type { APIRoute } from 'astro';
import { licenceText } from '../../data/export/readme.ts';

export const GET: APIRoute = () => new Response(licenceText(), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
