/** The "My assignments" list of this browser (my-assignments.ts), with a way to remove entries. */
import { useEffect, useRef, useState } from 'react';
import { forgetAssignment, readMyAssignments, type MyAssignment } from './my-assignments.ts';
import { formatWhen, type TeacherLang, type TeacherStrings } from './strings.ts';

export function MyAssignments({ t, lang, version }: { t: TeacherStrings; lang: TeacherLang; version: number }) {
  const [list, setList] = useState<MyAssignment[] | null>(null);
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // Read after hydration (the server has no such list) and again when the builder adds one.
  useEffect(() => setList(readMyAssignments()), [version]);
  return (
    <section className="nm-teach" aria-labelledby="nm-my" data-testid="my-assignments">
      <h2 id="nm-my" ref={heading} tabIndex={-1}>
        {t.myTitle}
      </h2>
      <p className="nm-hint">{t.myIntro}</p>
      <p className="sr-only" role="status">
        {said}
      </p>
      {list === null ? (
        // Until the browser's list is read, hold the empty list's place: the form below must not jump.
        <p aria-hidden="true" className="nm-placeholder">
          {t.myEmpty}
        </p>
      ) : list.length === 0 ? (
        <p>{t.myEmpty}</p>
      ) : (
        <ul className="nm-my-list">
          {list.map((a) => {
            const url = new URL(a.teacherUrl);
            return (
              <li key={a.code} className="nm-row">
                <a href={url.pathname + url.hash} aria-label={t.myOpen(a.title)}>
                  {a.title}
                </a>
                <span className="nm-num">{a.code}</span>
                <span className="nm-hint">{t.myCreated(formatWhen(a.createdAt, lang))}</span>
                <button
                  type="button"
                  aria-label={t.myRemove(a.title)}
                  onClick={() => {
                    setList(forgetAssignment(a.code));
                    setSaid(t.myRemoved(a.title));
                    heading.current?.focus();
                  }}
                >
                  {t.remove}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
