import { route, json, clientOf } from '../../server/http.ts';
import { catalogFor } from '../../server/catalog.ts';
import { langOf, lookup, methodNotAllowed } from '../../server/endpoints.ts';
import { runtime } from '../../server/runtime.ts';

export const prerender = false;

/**
 * What can be assigned, for scripted clients (issue 18): every id once, with its lesson, its type
 * and its bank ("practice": the lessons' self-study questions, answers public; "generated": each
 * student gets their own variant).
 */
export const GET = route(async (context) => {
  const rt = runtime();
  const lang = langOf(context);
  const groups = await lookup(rt, clientOf(context), async () => catalogFor(lang));
  const seen = new Set<string>();
  const questions = groups.flatMap((g) =>
    g.questions.filter((q) => !seen.has(q.id) && seen.add(q.id)).map((q) => ({ id: q.id, mode: g.mode, type: q.type, bank: q.bank })),
  );
  return json({ questions });
});

export const ALL = methodNotAllowed(['GET']);
