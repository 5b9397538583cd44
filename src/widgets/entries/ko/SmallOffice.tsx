/** SmallOffice with only the Korean strings loaded (the island a Korean page ships). */
import '../../i18n/ui.ko.ts';
import '../../i18n/play/bond.ko.ts';
import '../../i18n/play/office.ko.ts';
export { default } from '../../labs/small-office/SmallOffice.tsx';
