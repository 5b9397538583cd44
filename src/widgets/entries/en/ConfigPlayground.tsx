/** ConfigPlayground with only the English strings loaded (the island an English page ships). */
import '../../i18n/play/playground.en.ts';
export { default } from '../../playground/ConfigPlayground.tsx';
