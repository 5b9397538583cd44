import { route, json, bearer } from '../../../../server/http.ts';
import { methodNotAllowed } from '../../../../server/endpoints.ts';
import { originOf, studentPath } from '../../../../server/links.ts';
import { qrMatrix } from '../../../../server/qr.ts';
import { runtime } from '../../../../server/runtime.ts';

export const prerender = false;

/** The class view (teacher only), polled by the dashboard for live updates. */
export const GET = route(async (context) => {
  const rt = runtime();
  const dashboard = await rt.service.dashboard(context.params.code ?? '', bearer(context.request));
  const studentUrl = `${originOf(context.url, rt.config.publicUrl)}${studentPath(dashboard.locale, dashboard.code)}`;
  return json({ ...dashboard, studentUrl, qr: qrMatrix(studentUrl) });
});

export const ALL = methodNotAllowed(['GET']);
