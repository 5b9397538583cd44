/** ModeChooser with only the Korean strings loaded (the island a Korean page ships). */
import '../../i18n/play/chooser.ko.ts';
export { default } from '../../chooser/ModeChooser.tsx';
