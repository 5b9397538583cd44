import { route, json, readJson, bearer, clientOf } from '../../../../server/http.ts';
import { langOf, lookup, methodNotAllowed } from '../../../../server/endpoints.ts';
import { runtime } from '../../../../server/runtime.ts';
import { LIMITS, updateAssignmentInput } from '../../../../server/validation.ts';

export const prerender = false;

/**
 * What a student needs to answer: questions without answer keys or explanations. `?name=` gives
 * that student's own generated questions (an assignment with generated questions lists none without it).
 */
export const GET = route(async (context) => {
  const rt = runtime();
  const name = context.url.searchParams.get('name') ?? undefined;
  return json(await lookup(rt, clientOf(context), () => rt.service.publicView(context.params.code ?? '', langOf(context), name)));
});

/**
 * Change settings (teacher only): `{ closed }` closes or reopens, `{ dueAt: ISO | null }` moves or
 * removes the due time, and title, questions, policies, shuffling (questions and shuffling only
 * until the first submission).
 */
export const PATCH = route(async (context) => {
  const rt = runtime();
  rt.disk.check();
  const input = await readJson(context.request, updateAssignmentInput, LIMITS.createBodyBytes);
  return json(await rt.service.update(context.params.code ?? '', bearer(context.request), input));
});

/** Delete the assignment with every submission (teacher only; the dashboard asks for confirmation first). */
export const DELETE = route(async (context) => {
  await runtime().service.deleteAssignment(context.params.code ?? '', bearer(context.request));
  return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
});

export const ALL = methodNotAllowed(['GET', 'PATCH', 'DELETE']);
