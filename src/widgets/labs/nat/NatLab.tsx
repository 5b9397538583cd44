/**
 * The NAT lab island. Usage in MDX: `<NatLab client:visible lang="en" />`.
 * Props: `lang` ('en' | 'ko'); `headingLevel` (default 2; 3 when embedded in a lesson section).
 */
import { LabWidget } from '../../core/LabWidget.tsx';
import type { HeadingLevel } from '../../core/Heading.tsx';
import { asLang } from '../../i18n/lang.ts';
import { natLab } from './nat-lab.ts';

export default function NatLab({ lang, headingLevel }: { lang: string; headingLevel?: HeadingLevel }) {
  return <LabWidget def={natLab} lang={asLang(lang)} {...(headingLevel ? { headingLevel } : {})} />;
}
