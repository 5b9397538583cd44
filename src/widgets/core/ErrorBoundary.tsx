/**
 * WidgetErrorBoundary: if anything inside a widget throws (a kernel error on an odd scenario),
 * the reader sees a short message and a reset button instead of a blank box.
 *
 * Props: `lang`; `onReset()` (optional, e.g. clears URL state); `children`. Resetting remounts
 * the children with fresh state.
 */
import { Component, Fragment, type ReactNode } from 'react';
import type { Lang } from '../i18n/lang.ts';
import { ui } from '../i18n/ui.ts';
import './widgets.css';
import { NOT_IN_SEARCH } from './not-in-search.ts';

interface Props {
  lang: Lang;
  onReset?: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
  generation: number;
}

export class WidgetErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  reset = (): void => {
    this.props.onReset?.();
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  override render(): ReactNode {
    const t = ui(this.props.lang);
    if (this.state.error) {
      return (
        <div className="nm-widget nm-error" {...NOT_IN_SEARCH} role="alert">
          <p className="nm-error-title">{t.errorTitle}</p>
          <p>{t.errorBody}</p>
          <button type="button" onClick={this.reset}>
            {t.errorReset}
          </button>
          <details>
            <summary>{t.errorDetails}</summary>
            <pre>{this.state.error.message}</pre>
          </details>
        </div>
      );
    }
    // A keyed Fragment, not a display:contents box: Astro's client:visible observes the island's
    // first elements, and a box-less element never intersects, so the island would never wake.
    return <Fragment key={this.state.generation}>{this.props.children}</Fragment>;
  }
}
