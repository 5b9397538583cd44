/** The kernel's narration in Korean (trace sentences and drop reasons), loaded when a lab first has a step to tell. */
import '../i18n/reasons.ko.ts';
import '../i18n/trace.ko.ts';

export const lang = 'ko';
