/**
 * The bridge lab island: content/labs/bridge.yaml in the generic lab view.
 * Usage in MDX: `<BridgeLab client:visible lang="en" />`.
 * Props: `lang` ('en' | 'ko'); `headingLevel` (default 2; 3 when embedded in a lesson section).
 */
import bridge from '../../../../content/labs/bridge.yaml?lab';
import { siteLab } from '../../../labs/site-lab.ts';
import { LabWidget } from '../../core/LabWidget.tsx';
import type { HeadingLevel } from '../../core/Heading.tsx';
import { asLang } from '../../i18n/lang.ts';

const bridgeLab = siteLab(bridge);

export default function BridgeLab({ lang, headingLevel }: { lang: string; headingLevel?: HeadingLevel }) {
  return <LabWidget def={bridgeLab} lang={asLang(lang)} {...(headingLevel ? { headingLevel } : {})} />;
}
