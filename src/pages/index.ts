import type { APIRoute } from 'astro';
import { negotiateLocale } from '../i18n/locales';

// `/` has no page of its own: send the reader to the course in their browser's language.
export const prerender = false;

export const GET: APIRoute = ({ request, url }) => {
  const locale = negotiateLocale(request.headers.get('accept-language'));
  return new Response(null, {
    status: 302,
    headers: { Location: `/${locale}/${url.search}`, Vary: 'Accept-Language', 'Cache-Control': 'no-store' },
  });
};
