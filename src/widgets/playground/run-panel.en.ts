/** The run panel with the English tables it reads (controls, kernel narration), loaded when a reader first runs a config. */
import '../i18n/ui.en.ts';
import '../i18n/reasons.en.ts';
import '../i18n/trace.en.ts';
export { default } from './RunPanel.tsx';
