import { route, bearer } from '../../../../../../server/http.ts';
import { methodNotAllowed } from '../../../../../../server/endpoints.ts';
import { runtime } from '../../../../../../server/runtime.ts';

export const prerender = false;

/** The teacher discards a late attempt they will not accept. */
export const DELETE = route(async (context) => {
  await runtime().service.discardLate(context.params.code ?? '', bearer(context.request), context.params.id ?? '');
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});

export const ALL = methodNotAllowed(['DELETE']);
