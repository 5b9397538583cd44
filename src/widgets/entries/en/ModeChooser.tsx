/** ModeChooser with only the English strings loaded (the island an English page ships). */
import '../../i18n/play/chooser.en.ts';
export { default } from '../../chooser/ModeChooser.tsx';
