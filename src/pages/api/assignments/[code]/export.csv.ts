import { route, bearer, clientOf } from '../../../../server/http.ts';
import { langOf, lookup, methodNotAllowed } from '../../../../server/endpoints.ts';
import { runtime } from '../../../../server/runtime.ts';

export const prerender = false;

/** The submissions as CSV (teacher only); `tz` is the teacher's time zone for the local-time column. */
export const GET = route(async (context) => {
  const rt = runtime();
  const { filename, body } = await lookup(rt, clientOf(context), () =>
    rt.service.csv(context.params.code ?? '', bearer(context.request), langOf(context), context.url.searchParams.get('tz') ?? undefined),
  );
  return new Response(body, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    },
  });
});

export const ALL = methodNotAllowed(['GET']);
