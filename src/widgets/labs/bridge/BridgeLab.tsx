/**
 * The bridge lab island. Usage in MDX: `<BridgeLab client:visible lang="en" />`.
 * Props: `lang` ('en' | 'ko').
 */
import { LabWidget } from '../../core/LabWidget.tsx';
import { asLang } from '../../i18n/lang.ts';
import { bridgeLab } from './bridge-lab.ts';

export default function BridgeLab({ lang }: { lang: string }) {
  return <LabWidget def={bridgeLab} lang={asLang(lang)} />;
}
