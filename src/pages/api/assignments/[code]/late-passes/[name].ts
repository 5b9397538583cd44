import { route, bearer } from '../../../../../server/http.ts';
import { methodNotAllowed } from '../../../../../server/endpoints.ts';
import { runtime } from '../../../../../server/runtime.ts';

export const prerender = false;

/** The teacher takes a late pass back. */
export const DELETE = route(async (context) => {
  await runtime().service.revokeLatePass(context.params.code ?? '', bearer(context.request), context.params.name ?? '');
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});

export const ALL = methodNotAllowed(['DELETE']);
