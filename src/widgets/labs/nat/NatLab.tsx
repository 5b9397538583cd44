/**
 * The NAT lab island: content/labs/nat-site.yaml in the generic lab view.
 * Usage in MDX: `<NatLab client:visible lang="en" />`.
 * Props: `lang` ('en' | 'ko'); `headingLevel` (default 2; 3 when embedded in a lesson section).
 */
import nat from '../../../../content/labs/nat-site.yaml?lab';
import { siteLab } from '../../../labs/site-lab.ts';
import { LabWidget } from '../../core/LabWidget.tsx';
import type { HeadingLevel } from '../../core/Heading.tsx';
import { asLang } from '../../i18n/lang.ts';

const natLab = siteLab(nat);

export default function NatLab({ lang, headingLevel }: { lang: string; headingLevel?: HeadingLevel }) {
  return <LabWidget def={natLab} lang={asLang(lang)} {...(headingLevel ? { headingLevel } : {})} />;
}
