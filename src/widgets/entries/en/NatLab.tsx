/** NatLab with only the English strings loaded (the island an English page ships). */
import '../../i18n/ui.en.ts';
export { default } from '../../labs/nat/NatLab.tsx';
