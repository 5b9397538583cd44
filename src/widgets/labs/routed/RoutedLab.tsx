/**
 * The routed lab island. Usage in MDX: `<RoutedLab client:visible lang="en" />`.
 * Props: `lang` ('en' | 'ko'); `headingLevel` (default 2; 3 when embedded in a lesson section).
 */
import { LabWidget } from '../../core/LabWidget.tsx';
import type { HeadingLevel } from '../../core/Heading.tsx';
import { asLang } from '../../i18n/lang.ts';
import { routedLab } from './routed-lab.ts';

export default function RoutedLab({ lang, headingLevel }: { lang: string; headingLevel?: HeadingLevel }) {
  return <LabWidget def={routedLab} lang={asLang(lang)} {...(headingLevel ? { headingLevel } : {})} />;
}
