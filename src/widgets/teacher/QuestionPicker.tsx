/**
 * Picking questions out of sixty: search, filters by lesson, type and level, a preview of each
 * question's choices with the right answer marked, and a selection count that stays in view. A
 * question that belongs to two lessons' quizzes (small office, the final quiz) is listed in both;
 * the selection is one set of ids, so ticking it in one place ticks it everywhere.
 */
import { useId, useMemo, useState } from 'react';
import type { CatalogEntry, CatalogGroup } from '../../server/questions.ts';
import type { TeacherStrings } from './strings.ts';

export function QuestionPicker({ groups, picked, setPicked, t }: { groups: CatalogGroup[]; picked: Set<string>; setPicked: (f: (prev: Set<string>) => Set<string>) => void; t: TeacherStrings }) {
  const ids = { search: useId(), searchHint: useId(), lesson: useId(), type: useId(), level: useId() };
  const [search, setSearch] = useState('');
  const [lesson, setLesson] = useState('');
  const [type, setType] = useState('');
  const [level, setLevel] = useState('');
  const all = useMemo(() => new Map(groups.flatMap((g) => g.questions.map((q) => [q.id, q] as const))), [groups]);
  const types = useMemo(() => [...new Set([...all.values()].map((q) => q.type))], [all]);
  const levels = useMemo(() => [...new Set([...all.values()].map((q) => q.difficulty))].sort(), [all]);
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const matches = (q: CatalogEntry) =>
    (!type || q.type === type) &&
    (!level || String(q.difficulty) === level) &&
    words.every((w) => q.prompt.toLowerCase().includes(w) || q.preview.some((c) => c.text.toLowerCase().includes(w)));
  const shownGroups = groups
    .filter((g) => !lesson || g.mode === lesson)
    .map((g) => ({ ...g, shown: g.questions.filter(matches) }))
    .filter((g) => g.shown.length > 0);
  const shownIds = [...new Set(shownGroups.flatMap((g) => g.shown.map((q) => q.id)))];

  const change = (list: readonly string[], on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev);
      for (const id of list) on ? next.add(id) : next.delete(id);
      return next;
    });

  return (
    <fieldset>
      <legend>{t.questionsLegend}</legend>
      <div className="nm-filters">
        <div className="nm-field">
          <label htmlFor={ids.search}>{t.searchLabel}</label>
          <input id={ids.search} type="search" value={search} aria-describedby={ids.searchHint} onChange={(e) => setSearch(e.target.value)} />
          <p className="nm-hint" id={ids.searchHint}>
            {t.searchHint}
          </p>
        </div>
        <div className="nm-field">
          <label htmlFor={ids.lesson}>{t.filterLesson}</label>
          <select id={ids.lesson} value={lesson} onChange={(e) => setLesson(e.target.value)}>
            <option value="">{t.filterAll}</option>
            {groups.map((g) => (
              <option key={g.mode} value={g.mode}>
                {g.title} ({g.questions.length})
              </option>
            ))}
          </select>
        </div>
        <div className="nm-field">
          <label htmlFor={ids.type}>{t.filterType}</label>
          <select id={ids.type} value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">{t.filterAll}</option>
            {types.map((ty) => (
              <option key={ty} value={ty}>
                {t.typeNames[ty] ?? ty}
              </option>
            ))}
          </select>
        </div>
        <div className="nm-field">
          <label htmlFor={ids.level}>{t.filterLevel}</label>
          <select id={ids.level} value={level} onChange={(e) => setLevel(e.target.value)}>
            <option value="">{t.filterAll}</option>
            {levels.map((d) => (
              <option key={d} value={String(d)}>
                {t.difficulty(d)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="nm-picker-bar nm-row">
        <strong className="nm-status" role="status" aria-live="polite" data-testid="selected-count">
          {t.selectedCount(picked.size)}
        </strong>
        <span className="nm-hint" data-testid="shown-count">
          {t.showing(shownIds.length, all.size)}
        </span>
        <button type="button" onClick={() => change(shownIds, true)} disabled={shownIds.length === 0}>
          {t.selectShown(shownIds.length)}
        </button>
        <button type="button" onClick={() => setPicked(() => new Set())} disabled={picked.size === 0}>
          {t.clearSelection}
        </button>
      </div>
      {picked.size > 0 && [...picked].every((id) => all.get(id)?.bank === 'practice') && (
        <p className="nm-warning" role="note" data-testid="practice-only">
          {t.practiceOnlyNotice}
        </p>
      )}
      {shownGroups.length === 0 && <p>{t.noMatches}</p>}
      {shownGroups.map((group) => {
        const every = group.questions.every((q) => picked.has(q.id));
        const some = !every && group.questions.some((q) => picked.has(q.id));
        return (
          <fieldset key={group.mode} className="nm-group" data-mode={group.mode}>
            <legend>{group.title}</legend>
            <label className="nm-check">
              <input
                type="checkbox"
                checked={every}
                ref={(el) => {
                  if (el) el.indeterminate = some;
                }}
                onChange={(e) => change(group.questions.map((q) => q.id), e.target.checked)}
              />
              <span>
                <strong>{t.selectAllInMode(group.title, group.questions.length)}</strong>
              </span>
            </label>
            {group.shown.map((q) => (
              <div key={q.id} data-question={q.id}>
                <label className="nm-check">
                  <input type="checkbox" value={q.id} checked={picked.has(q.id)} onChange={(e) => change([q.id], e.target.checked)} />
                  <span>
                    {q.prompt}
                    <span className="nm-badge">{t.typeNames[q.type] ?? q.type}</span>
                    <span className="nm-badge">{t.difficulty(q.difficulty)}</span>
                    <span className="nm-badge" data-bank={q.bank}>
                      {q.bank === 'generated' ? t.bankGenerated : t.bankPractice}
                    </span>
                  </span>
                </label>
                <Preview q={q} t={t} />
              </div>
            ))}
          </fieldset>
        );
      })}
    </fieldset>
  );
}

/** Rendered only once opened: sixty previews' worth of lists would slow the page for nothing. */
function Preview({ q, t }: { q: CatalogEntry; t: TeacherStrings }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="nm-preview" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t.preview}</summary>
      {open && q.example && (
        <p>
          {t.exampleLabel} {q.example}
        </p>
      )}
      {open &&
        (q.preview.length === 0 ? (
          <p>{t.previewFix}</p>
        ) : (
          <ul>
            {q.preview.map((c, i) => (
              <li key={i} data-right={c.right}>
                {c.text}
                {c.right && <span className="nm-badge">{t.previewRight}</span>}
              </li>
            ))}
          </ul>
        ))}
    </details>
  );
}
