// The web app manifest per language, prerendered to /en/manifest.webmanifest and /ko/manifest.webmanifest.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../i18n/locales';
import { appManifest } from '../../offline/app-manifest';

export const prerender = true;

export const getStaticPaths = (() => LOCALES.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(appManifest(params.lang as Locale), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
