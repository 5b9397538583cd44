/**
 * RunStepper: the step controls of a lab run with the current step's narration, and under them
 * the results the reader has reached. Choosing a step by hand pauses playback first, so the view
 * stays where the reader put it.
 *
 * Props: `lang`; `state` (from useSimRun); `view` (the current step, from stepView);
 * `resultsHeadingLevel` (level of the results' heading).
 */
import type { Lang } from '../i18n/lang.ts';
import { ResultsList } from './ResultsList.tsx';
import { StepControls } from './StepControls.tsx';
import type { StepView } from './step-view.ts';
import type { SimRunState } from './useSimRun.ts';

export function RunStepper({ lang, state: s, view, resultsHeadingLevel }: { lang: Lang; state: SimRunState; view: StepView; resultsHeadingLevel: number }) {
  return (
    <>
      <StepControls
        lang={lang}
        index={s.index}
        count={s.run.steps.length}
        playing={s.playing}
        speed={s.speed}
        onIndex={(i) => {
          s.setPlaying(false);
          s.setIndex(i);
        }}
        onPlaying={s.setPlaying}
        onSpeed={s.setSpeed}
        narration={view.narration}
        time={view.time}
        narrationRef={s.narrationRef}
      />
      <ResultsList lang={lang} run={s.run} upTo={s.index} headingLevel={resultsHeadingLevel} />
    </>
  );
}
