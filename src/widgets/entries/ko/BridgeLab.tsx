/** BridgeLab with only the Korean strings loaded (the island a Korean page ships). */
import '../../i18n/ui.ko.ts';
export { default } from '../../labs/bridge/BridgeLab.tsx';
