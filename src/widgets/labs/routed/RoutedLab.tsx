/**
 * The routed lab island. Usage in MDX: `<RoutedLab client:visible lang="en" />`.
 * Props: `lang` ('en' | 'ko').
 */
import { LabWidget } from '../../core/LabWidget.tsx';
import { asLang } from '../../i18n/lang.ts';
import { routedLab } from './routed-lab.ts';

export default function RoutedLab({ lang }: { lang: string }) {
  return <LabWidget def={routedLab} lang={asLang(lang)} />;
}
