/** RoutedVsNatLab with only the Korean strings loaded (the island a Korean page ships). */
import '../../i18n/ui.ko.ts';
import '../../i18n/labs/rvn.ko.ts';
export { default } from '../../labs/routed-vs-nat/RoutedVsNatLab.tsx';
