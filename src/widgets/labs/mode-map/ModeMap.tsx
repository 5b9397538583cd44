/**
 * The mode map island for the overview lesson. Usage in MDX: `<ModeMap client:visible lang="en" />`.
 * Props: `lang` ('en' | 'ko'); `headingLevel` (default 2; 3 when embedded in a lesson section).
 * State (mode, ping, step) is kept in the query under the `mode-map.` prefix.
 */
import { LabWidget } from '../../core/LabWidget.tsx';
import type { HeadingLevel } from '../../core/Heading.tsx';
import { asLang } from '../../i18n/lang.ts';
import { modeMapLab } from './mode-map-lab.ts';
import { OutsideSees } from './OutsideSees.tsx';
import './mode-map.css';

export default function ModeMap({ lang, headingLevel = 2 }: { lang: string; headingLevel?: HeadingLevel }) {
  const l = asLang(lang);
  return (
    <LabWidget def={modeMapLab} lang={l} headingLevel={headingLevel}>
      {(s) => <OutsideSees run={s.run} index={s.index} lang={l} headingLevel={headingLevel + 1} />}
    </LabWidget>
  );
}
