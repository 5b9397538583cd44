/**
 * The NAT lab island. Usage in MDX: `<NatLab client:visible lang="en" />`.
 * Props: `lang` ('en' | 'ko').
 */
import { LabWidget } from '../../core/LabWidget.tsx';
import { asLang } from '../../i18n/lang.ts';
import { natLab } from './nat-lab.ts';

export default function NatLab({ lang }: { lang: string }) {
  return <LabWidget def={natLab} lang={asLang(lang)} />;
}
