/**
 * The routed lab island: content/labs/routed.yaml in the generic lab view.
 * Usage in MDX: `<RoutedLab client:visible lang="en" />`.
 * Props: `lang` ('en' | 'ko'); `headingLevel` (default 2; 3 when embedded in a lesson section).
 */
import routed from '../../../../content/labs/routed.yaml?lab';
import { siteLab } from '../../../labs/site-lab.ts';
import { LabWidget } from '../../core/LabWidget.tsx';
import type { HeadingLevel } from '../../core/Heading.tsx';
import { asLang } from '../../i18n/lang.ts';

const routedLab = siteLab(routed);

export default function RoutedLab({ lang, headingLevel }: { lang: string; headingLevel?: HeadingLevel }) {
  return <LabWidget def={routedLab} lang={asLang(lang)} {...(headingLevel ? { headingLevel } : {})} />;
}
