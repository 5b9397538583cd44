/** BondLab with only the English strings loaded (the island an English page ships). */
import '../../i18n/ui.en.ts';
import '../../i18n/play/bond.en.ts';
export { default } from '../../labs/bond/BondLab.tsx';
