import { route, readJson, bearer } from '../../../../../server/http.ts';
import { methodNotAllowed } from '../../../../../server/endpoints.ts';
import { runtime } from '../../../../../server/runtime.ts';
import { LIMITS, latePassInput } from '../../../../../server/validation.ts';

export const prerender = false;

/** The teacher lets one name submit after the due time or after closing: `{ name }`. */
export const POST = route(async (context) => {
  const { name } = await readJson(context.request, latePassInput, LIMITS.smallBodyBytes);
  await runtime().service.grantLatePass(context.params.code ?? '', bearer(context.request), name);
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});

export const ALL = methodNotAllowed(['POST']);
