import { route, json, readJson, bearer, clientOf } from '../../../../server/http.ts';
import { langOf, lookup, methodNotAllowed } from '../../../../server/endpoints.ts';
import { runtime } from '../../../../server/runtime.ts';
import { closeInput, LIMITS } from '../../../../server/validation.ts';

export const prerender = false;

/** What a student needs to answer: questions without answer keys or explanations. */
export const GET = route(async (context) => {
  const rt = runtime();
  return json(await lookup(rt, clientOf(context), () => rt.service.publicView(context.params.code ?? '', langOf(context))));
});

/** Close or reopen (teacher only). */
export const PATCH = route(async (context) => {
  const rt = runtime();
  rt.disk.check();
  const { closed } = await readJson(context.request, closeInput, LIMITS.smallBodyBytes);
  const state = await rt.service.setClosed(context.params.code ?? '', bearer(context.request), closed);
  return json({ state });
});

export const ALL = methodNotAllowed(['GET', 'PATCH']);
