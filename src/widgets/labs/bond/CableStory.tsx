/** What a cable change did, in the reader's language: loss, the miimon explanation, and the kernel's own events. */
import { useNarration } from '../../core/useNarration.ts';
import { narrate } from '../../i18n/trace.ts';
import { fmtTime } from '../../i18n/lang.ts';
import type { Lang } from '../../i18n/play.ts';
import { bondStrings } from '../../i18n/play/bond.ts';
import { ui } from '../../i18n/ui.ts';
import { NODE_NAMES, type CableChange } from './engine.ts';

export interface CableStoryProps {
  lang: Lang;
  change: CableChange;
  miimonMs: number;
  /** Extra names for the narration (the small-office lab calls eno1 "cable A"). */
  label?: (slave: string) => string;
}

export function lossSentence(lang: Lang, c: CableChange, miimonMs: number): string {
  const s = bondStrings(lang);
  if (c.lost === 0) return s.noLoss(c.sent);
  return `${s.lost(c.lost, c.sent)} ${s.lostExplain(miimonMs, c.gapMs)}`;
}

export function CableStory({ lang, change, miimonMs }: CableStoryProps) {
  const s = bondStrings(lang);
  // The kernel's sentences load with the first cable pull (see useNarration); until then each event says it is coming.
  const tell = useNarration(lang, true);
  const ctx = { name: (id: string) => NODE_NAMES[id]?.[lang] ?? id };
  return (
    <div className="nmp-story">
      <p>
        {change.plugged ? s.pluggedAt(fmtTime(change.atMs, lang)) : s.unpluggedAt(fmtTime(change.atMs, lang))}{' '}
        <strong>{lossSentence(lang, change, miimonMs)}</strong>
      </p>
      {change.events.length > 0 && (
        <>
          <p className="nmp-story__title">{s.eventsHeading}</p>
          <ol className="nmp-story__events">
            {change.events.map((ev) => (
              <li key={ev.seq}>
                <span className="nmp-story__t">{fmtTime(ev.t, lang)}</span> {tell ? narrate(ev, lang, ctx) : ui(lang).running}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
