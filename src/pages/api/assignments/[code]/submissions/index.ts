import { route, json, readJson, clientOf } from '../../../../../server/http.ts';
import { byteBudget, limit, lookup, methodNotAllowed } from '../../../../../server/endpoints.ts';
import { runtime } from '../../../../../server/runtime.ts';
import { LIMITS, submitInput } from '../../../../../server/validation.ts';

export const prerender = false;

/**
 * Grades and stores a submission. The 201 is sent only after the transaction has committed, so
 * an acknowledged submission survives a crash.
 */
export const POST = route(async (context) => {
  const rt = runtime();
  limit(rt.limits.submit, context, 'submissions');
  rt.disk.check();
  const input = await readJson(context.request, submitInput, LIMITS.submitBodyBytes, byteBudget(rt, context));
  const { result, token, replaced } = await lookup(rt, clientOf(context), () => rt.service.submit(context.params.code ?? '', input), { read: false });
  return json({ submission: result, token, replaced }, replaced ? 200 : 201);
});

export const ALL = methodNotAllowed(['POST']);
