/** The packet inspector before there is a packet to show (kept apart so labs can show it without loading the inspector). */
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';

export function PacketInspectorEmpty({ lang }: { lang: Lang }) {
  const t = ui(lang);
  return (
    <div className="nm-inspector" role="group" aria-label={t.inspectorLabel}>
      <p className="nm-empty">{t.inspectorEmpty}</p>
    </div>
  );
}
