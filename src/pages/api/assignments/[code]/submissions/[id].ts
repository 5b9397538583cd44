import { route, json, bearer, clientOf } from '../../../../../server/http.ts';
import { langOf, lookup, methodNotAllowed } from '../../../../../server/endpoints.ts';
import { runtime } from '../../../../../server/runtime.ts';

export const prerender = false;

/** A student reads their own submission with the receipt token they got when submitting. */
export const GET = route(async (context) => {
  const rt = runtime();
  return json(await lookup(rt, clientOf(context), () => rt.service.ownSubmission(context.params.code ?? '', context.params.id ?? '', bearer(context.request), langOf(context))));
});

/** The teacher deletes a submission (the dashboard asks for confirmation first). */
export const DELETE = route(async (context) => {
  await runtime().service.deleteSubmission(context.params.code ?? '', bearer(context.request), context.params.id ?? '');
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});

export const ALL = methodNotAllowed(['GET', 'DELETE']);
