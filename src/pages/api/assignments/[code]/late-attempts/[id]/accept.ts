import { route, bearer } from '../../../../../../server/http.ts';
import { methodNotAllowed } from '../../../../../../server/endpoints.ts';
import { runtime } from '../../../../../../server/runtime.ts';

export const prerender = false;

/** The teacher accepts a late attempt: it is graded and becomes the student's submission. */
export const POST = route(async (context) => {
  await runtime().service.acceptLate(context.params.code ?? '', bearer(context.request), context.params.id ?? '');
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});

export const ALL = methodNotAllowed(['POST']);
