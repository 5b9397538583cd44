/** RoutedVsNatLab with only the English strings loaded (the island an English page ships). */
import '../../i18n/ui.en.ts';
import '../../i18n/labs/rvn.en.ts';
export { default } from '../../labs/routed-vs-nat/RoutedVsNatLab.tsx';
