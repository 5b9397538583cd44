import { route, json, readJson } from '../../../server/http.ts';
import { byteBudget, limit, methodNotAllowed } from '../../../server/endpoints.ts';
import { originOf, studentPath, teacherPath } from '../../../server/links.ts';
import { qrMatrix } from '../../../server/qr.ts';
import { runtime } from '../../../server/runtime.ts';
import { createAssignmentInput, LIMITS } from '../../../server/validation.ts';

export const prerender = false;

/** Creates an assignment. The answer carries the teacher token: the only time it is ever sent. */
export const POST = route(async (context) => {
  const rt = runtime();
  limit(rt.limits.create, context, 'new assignments');
  rt.disk.check();
  const input = await readJson(context.request, createAssignmentInput, LIMITS.createBodyBytes, byteBudget(rt, context));
  const { assignment, teacherToken } = await rt.service.create(input);
  const origin = originOf(context.url, rt.config.publicUrl);
  const student = `${origin}${studentPath(input.locale, assignment.code)}`;
  return json(
    {
      code: assignment.code,
      title: assignment.title,
      studentUrl: student,
      teacherUrl: `${origin}${teacherPath(input.locale, assignment.code, teacherToken)}`,
      teacherToken,
      qr: qrMatrix(student),
    },
    201,
  );
});

export const ALL = methodNotAllowed(['POST']);
