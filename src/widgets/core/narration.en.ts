/** The kernel's narration in English (trace sentences and drop reasons), loaded when a lab first has a step to tell. */
import '../i18n/reasons.en.ts';
import '../i18n/trace.en.ts';

export const lang = 'en';
