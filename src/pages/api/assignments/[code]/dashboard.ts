import { route, bearer, clientOf, ApiError } from '../../../../server/http.ts';
import { lookup, methodNotAllowed } from '../../../../server/endpoints.ts';
import { originOf, studentPath } from '../../../../server/links.ts';
import { notModified } from '../../../../server/live-dashboard.ts';
import { qrMatrix } from '../../../../server/qr.ts';
import { runtime } from '../../../../server/runtime.ts';
import { DASHBOARD_PAGE, type DashboardPage } from '../../../../server/service.ts';

export const prerender = false;

function pageOf(url: URL): DashboardPage {
  const read = (name: string, fallback: number, max: number) => {
    const raw = url.searchParams.get(name);
    if (raw === null) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0 || n > max) throw new ApiError(400, 'invalid_input', `${name}: a whole number from 0 to ${max}`);
    return n;
  };
  return { offset: read('offset', 0, 1_000_000), limit: Math.max(1, read('limit', DASHBOARD_PAGE.default, DASHBOARD_PAGE.max)) };
}

/**
 * The class view (teacher only), polled by the dashboard for live updates. The answer carries an
 * ETag: a tab that sends it back in If-None-Match gets 304 while nothing changed. `offset` and
 * `limit` page the list of submissions; the statistics always cover the whole class.
 */
export const GET = route(async (context) => {
  const rt = runtime();
  const page = pageOf(context.url);
  const origin = originOf(context.url, rt.config.publicUrl);
  const snapshot = await lookup(rt, clientOf(context), () =>
    rt.service.dashboardSnapshot(context.params.code ?? '', bearer(context.request), page, origin, (dashboard) => {
      const studentUrl = `${origin}${studentPath(dashboard.locale, dashboard.code)}`;
      return JSON.stringify({ ...dashboard, studentUrl, qr: qrMatrix(studentUrl) });
    }),
  );
  // no-store: no cache keeps a class list; the dashboard asks with If-None-Match itself
  // (widgets/teacher/api.ts) and keeps the last answer in memory.
  const headers = { etag: snapshot.etag, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
  if (notModified(context.request, snapshot.etag)) return new Response(null, { status: 304, headers });
  return new Response(snapshot.body, { headers: { ...headers, 'content-type': 'application/json; charset=utf-8' } });
});

export const ALL = methodNotAllowed(['GET']);
