import { route, json, readJson, bearer } from '../../../../server/http.ts';
import { langOf, methodNotAllowed } from '../../../../server/endpoints.ts';
import { runtime } from '../../../../server/runtime.ts';
import { closeInput, LIMITS } from '../../../../server/validation.ts';

export const prerender = false;

/** What a student needs to answer: questions without answer keys or explanations. */
export const GET = route(async (context) => json(await runtime().service.publicView(context.params.code ?? '', langOf(context))));

/** Close or reopen (teacher only). */
export const PATCH = route(async (context) => {
  const { closed } = await readJson(context.request, closeInput, LIMITS.smallBodyBytes);
  const state = await runtime().service.setClosed(context.params.code ?? '', bearer(context.request), closed);
  return json({ state });
});

export const ALL = methodNotAllowed(['GET', 'PATCH']);
