/** The run panel with the Korean tables it reads (controls, kernel narration), loaded when a reader first runs a config. */
import '../i18n/ui.ko.ts';
import '../i18n/reasons.ko.ts';
import '../i18n/trace.ko.ts';
export { default } from './RunPanel.tsx';
