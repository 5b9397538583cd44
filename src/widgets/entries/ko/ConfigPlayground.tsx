/** ConfigPlayground with only the Korean strings loaded (the island a Korean page ships). */
import '../../i18n/play/playground.ko.ts';
export { default } from '../../playground/ConfigPlayground.tsx';
