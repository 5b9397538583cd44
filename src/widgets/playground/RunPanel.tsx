/** Placeholder until the builder lands. */
import type { Lang } from '../i18n/play.ts';
import type { PresetId } from './presets.ts';
export default function RunPanel(_: { lang: Lang; text: string; preset: PresetId }) {
  return null;
}
