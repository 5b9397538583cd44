/** The dashboard's data as the API sends it, and how a choice key reads in the teacher's language. */
import type { QrMatrix } from '../../server/qr.ts';
import type { Dashboard } from '../../server/service.ts';
import type { TeacherLang } from './strings.ts';

export type DashData = Dashboard & { studentUrl: string; qr: QrMatrix };

/** Labels of every choice key per question id. */
export function choiceLabels(data: DashData, lang: TeacherLang): Map<string, Map<string, string>> {
  return new Map(data.questions.map((q) => [q.id, new Map(q.choices.map((c) => [c.key, c.label[lang]]))]));
}

export function pickedText(labels: Map<string, Map<string, string>>, questionId: string, picks: readonly string[]): string {
  const names = labels.get(questionId);
  return picks.map((p) => names?.get(p) ?? p).join('; ');
}

export function percentText(value: number | null, lang: TeacherLang): string {
  return value === null ? '—' : `${value.toLocaleString(lang, { maximumFractionDigits: 1 })}%`;
}
