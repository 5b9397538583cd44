/**
 * The bridge lab island. Usage in MDX: `<BridgeLab client:visible lang="en" />`.
 * Props: `lang` ('en' | 'ko'); `headingLevel` (default 2; 3 when embedded in a lesson section).
 */
import { LabWidget } from '../../core/LabWidget.tsx';
import type { HeadingLevel } from '../../core/Heading.tsx';
import { asLang } from '../../i18n/lang.ts';
import { bridgeLab } from './bridge-lab.ts';

export default function BridgeLab({ lang, headingLevel }: { lang: string; headingLevel?: HeadingLevel }) {
  return <LabWidget def={bridgeLab} lang={asLang(lang)} {...(headingLevel ? { headingLevel } : {})} />;
}
