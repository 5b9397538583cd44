/**
 * The config playground: edit an interfaces file with highlighting and live diagnostics, run it on
 * the kernel, reset, and share the exact text as a link.
 */
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { Lang } from '../i18n/play.ts';
import { playgroundStrings } from '../i18n/play/playground.ts';
import type { ShownDiagnostic } from './diagnose.ts';
import type { Mark } from './tokens.ts';
import { Editor } from './Editor.tsx';
import { DiagnosticList } from './DiagnosticList.tsx';
import { PRESET_IDS, PRESETS, isPresetId, type PresetId } from './presets.ts';
import { decodeHash, encodeHash, shareUrl } from './share.ts';
import { carryHashOnLanguageLinks } from './lang-links.ts';
import '../playground/play-ui.css';
import './playground.css';
import { NOT_IN_SEARCH } from '../core/not-in-search.ts';

// The run panel and the tables it reads load on the first run, in the page's language only.
const RunPanels = {
  en: lazy(() => import('./run-panel.en.ts')),
  ko: lazy(() => import('./run-panel.ko.ts')),
};

export interface ConfigPlaygroundProps {
  lang: Lang;
  /** The configuration to start from (and to reset to). */
  preset?: PresetId;
}

const CHECK_DELAY_MS = 250;

type Checker = typeof import('./diagnose.ts');
let loadChecker: Promise<Checker> | undefined;
/**
 * The parser and its ko/en message table load on the first edit (or Run, or a shared link), not
 * when the editor appears: every preset is known to check clean (a test holds us to that).
 */
function checker(): Promise<Checker> {
  loadChecker ??= import('./diagnose.ts');
  return loadChecker;
}

interface Checked {
  marks: Mark[];
  shown: ShownDiagnostic[];
}
const CLEAN: Checked = { marks: [], shown: [] };

/**
 * Once the reader has changed something, the state lives in the hash (replaceState, no history
 * entries), so a reload or a language switch brings it back; an untouched preset leaves the URL clean.
 */
function keepInUrl(preset: PresetId, text: string) {
  const ours = decodeHash(window.location.hash) !== undefined;
  if (text === PRESETS[preset]) {
    if (ours) history.replaceState(history.state, '', window.location.pathname + window.location.search);
    carryHashOnLanguageLinks('');
    return;
  }
  const hash = encodeHash({ preset, text });
  if (window.location.hash !== hash) history.replaceState(history.state, '', hash);
  carryHashOnLanguageLinks(hash);
}

export default function ConfigPlayground({ lang, preset: initialPreset = 'bridge' }: ConfigPlaygroundProps) {
  const s = playgroundStrings(lang);
  const RunPanel = RunPanels[lang];
  const base = useId();
  const [preset, setPreset] = useState<PresetId>(isPresetId(initialPreset) ? initialPreset : 'bridge');
  const [text, setText] = useState(PRESETS[preset]);
  const [checked, setChecked] = useState<Checked>(CLEAN);
  const check = useCallback(
    async (t: string): Promise<Checked> => {
      const c = await checker();
      const list = c.diagnose(t);
      return { marks: c.toMarks(list), shown: c.showDiagnostics(list, lang) };
    },
    [lang],
  );
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState('');
  const [run, setRun] = useState<{ text: string; preset: PresetId; n: number } | undefined>(undefined);
  const textarea = useRef<HTMLTextAreaElement | null>(null);

  // A shared link wins over the preset (read after mount: the page is prerendered).
  useEffect(() => {
    const shared = decodeHash(window.location.hash);
    if (shared) {
      setPreset(shared.preset);
      setText(shared.text);
      void check(shared.text).then(setChecked);
      setStatus(s.restored);
      carryHashOnLanguageLinks(window.location.hash);
    }
    // Only on mount: later hash changes are our own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (text === PRESETS[preset] && !loadChecker) {
      setChecked(CLEAN);
      return;
    }
    setPending(true);
    let alive = true;
    const t = window.setTimeout(() => {
      check(text)
        .then((c) => {
          if (!alive) return;
          setChecked(c);
          setPending(false);
        })
        .catch(() => alive && setPending(false));
      keepInUrl(preset, text);
    }, CHECK_DELAY_MS);
    return () => {
      alive = false;
      window.clearTimeout(t);
    };
  }, [text, preset, check]);

  const { marks, shown } = checked;
  const errors = shown.filter((d) => d.severity === 'error').length;

  const goTo = useCallback((start: number, end: number) => {
    const ta = textarea.current;
    if (!ta) return;
    ta.focus();
    ta.setSelectionRange(start, Math.max(start, end));
    // Bring the line into view: the textarea grows with its content, so scroll the page.
    const before = ta.value.slice(0, start).split('\n').length - 1;
    const lineHeight = parseFloat(getComputedStyle(ta).lineHeight) || 20;
    const top = ta.getBoundingClientRect().top + window.scrollY + before * lineHeight - window.innerHeight / 3;
    if (typeof window.scrollTo === 'function') window.scrollTo({ top: Math.max(0, top) });
  }, []);

  const choosePreset = (id: PresetId) => {
    setPreset(id);
    setText(PRESETS[id]);
    setRun(undefined);
  };

  const reset = () => {
    setText(PRESETS[preset]);
    setRun(undefined);
    setStatus(s.resetDone);
    if (decodeHash(window.location.hash)) history.replaceState(null, '', window.location.pathname + window.location.search);
  };

  const share = async () => {
    const state = { preset, text };
    history.replaceState(null, '', encodeHash(state));
    try {
      await navigator.clipboard.writeText(shareUrl(window.location, state));
      setStatus(s.copied);
    } catch {
      setStatus(s.copyFailed);
    }
  };

  const doRun = async () => {
    const current = await check(text);
    setChecked(current);
    setPending(false);
    setRun((prev) => ({ text, preset, n: (prev?.n ?? 0) + 1 }));
  };


  return (
    <section className="nmp-panel nmp-playground not-content" {...NOT_IN_SEARCH} aria-labelledby={`${base}-title`} data-widget="config-playground">
      <h3 id={`${base}-title`}>{s.title}</h3>
      <p className="nmp-muted">{s.intro}</p>
      <div className="nmp-toolbar">
        <label className="nmp-field">
          <span>{s.preset}</span>
          <select value={preset} onChange={(e) => isPresetId(e.target.value) && choosePreset(e.target.value)}>
            {PRESET_IDS.map((id) => (
              <option key={id} value={id}>
                {s.presetNames[id]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="nmp-btn" onClick={reset}>
          {s.reset}
        </button>
        <button type="button" className="nmp-btn" onClick={share}>
          {s.share}
        </button>
      </div>
      <p id={`${base}-help`} className="nmp-muted nmp-playground__help">
        {s.editorHelp}
      </p>
      <Editor
        id={`${base}-editor`}
        value={text}
        onChange={setText}
        marks={marks}
        label={s.editorLabel}
        describedBy={`${base}-help ${base}-count`}
        tabReleased={s.tabReleased}
        textareaRef={textarea}
      />
      <DiagnosticList lang={lang} items={shown} pending={pending} countId={`${base}-count`} onGo={goTo} />
      <div className="nmp-toolbar">
        <button type="button" className="nmp-btn nmp-btn--primary" onClick={doRun} aria-describedby={errors ? `${base}-blocked` : undefined}>
          {s.run}
        </button>
        {errors > 0 && run && (
          <span id={`${base}-blocked`} className="nmp-muted">
            {s.runBlocked}
          </span>
        )}
      </div>
      <p className="nmp-sr-only" role="status" aria-live="polite">
        {status}
      </p>
      {run && errors === 0 && (
        <Suspense fallback={<p className="nmp-muted">{s.checking}</p>}>
          <RunPanel key={run.n} lang={lang} text={run.text} />
        </Suspense>
      )}
    </section>
  );
}
