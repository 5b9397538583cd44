/**
 * One question: its inputs inside a fieldset whose legend is the prompt, and once checked, the
 * feedback for every option (right or wrong, which one the reader chose, why, and a link back
 * to the lesson). Grading itself is src/quiz/scoring.ts; this file only renders.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ClientOption, ClientQuestion } from '../../quiz/localize.ts';
import type { Answer, QuestionScore } from '../../quiz/scoring.ts';

/** An answer being composed: like Answer, but a true/false verdict may still be missing. */
export type Draft = Exclude<Answer, { type: 'truefalse' }> | { type: 'truefalse'; value?: boolean; reason?: string };
import { formatPoints, type QuizStrings } from './strings.ts';
import { FixQuestion } from './FixQuestion.tsx';

export interface CardProps {
  question: ClientQuestion;
  /** Options (and match items/choices) in this attempt's order. */
  order: Record<string, string[]>;
  number: number;
  total: number;
  domId: string;
  t: QuizStrings;
  draft: Draft | undefined;
  result: QuestionScore | undefined;
  onDraft: (answer: Draft) => void;
  onCheck: () => void;
  /** Called by "fix" questions, which are graded by running the kernel. */
  onFixResult: (passed: boolean, config: string) => void;
  lang: 'ko' | 'en';
  /** Extra controls under the card (next/previous in one-at-a-time view). */
  footer?: ReactNode;
}

function ordered<T extends { id: string }>(items: readonly T[], ids: readonly string[] | undefined): T[] {
  if (!ids) return items.slice();
  const byId = new Map(items.map((i) => [i.id, i]));
  return ids.map((id) => byId.get(id)).filter((i): i is T => i !== undefined);
}

function Verdict({ result, t }: { result: QuestionScore; t: QuizStrings }) {
  const cls = result.correct ? 'ok' : result.points > 0 ? 'partly' : 'wrong';
  const text = result.correct ? t.correct : result.points > 0 ? t.partly(formatPoints(result.points)) : t.wrong;
  return (
    <p className={`nmq-verdict nmq-${cls}`} tabIndex={-1}>
      {text}
    </p>
  );
}

function OptionFeedback({ option, chosen, right, t }: { option: ClientOption; chosen: boolean; right: boolean; t: QuizStrings }) {
  return (
    <li className={`nmq-fb ${right ? 'nmq-fb-right' : 'nmq-fb-wrong'} ${chosen ? 'nmq-fb-chosen' : ''}`}>
      <p className="nmq-fb-head">
        <span className="nmq-mark" aria-hidden="true">{right ? '✓' : '✗'}</span>
        <strong>{option.text}</strong>
        {(right || chosen) && (
          <span className="nmq-tags">
            {right && <span className="nmq-tag">{t.rightAnswer}</span>}
            {chosen && <span className="nmq-tag nmq-tag-chosen">{t.youChose}</span>}
          </span>
        )}
      </p>
      <p>{option.why}</p>
      <a href={option.href}>{t.readMore}</a>
    </li>
  );
}

function ChoiceInputs({
  name,
  options,
  multiple,
  selected,
  disabled,
  onChange,
}: {
  name: string;
  options: ClientOption[];
  multiple: boolean;
  selected: readonly string[];
  disabled: boolean;
  onChange: (id: string, checked: boolean) => void;
}) {
  return (
    <div className="nmq-options">
      {options.map((o) => {
        const id = `${name}-${o.id}`;
        return (
          <div className="nmq-option" key={o.id}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={id}
              name={name}
              value={o.id}
              checked={selected.includes(o.id)}
              disabled={disabled}
              onChange={(e) => onChange(o.id, e.currentTarget.checked)}
            />
            <label htmlFor={id}>{o.text}</label>
          </div>
        );
      })}
    </div>
  );
}

export function QuestionCard(props: CardProps) {
  const { question: q, order, number, total, domId, t, draft, result, onDraft, onCheck } = props;
  const [nudge, setNudge] = useState<string>('');
  const checked = result !== undefined;
  const legendId = `${domId}-legend`;
  const cardRef = useRef<HTMLDivElement>(null);
  const wasChecked = useRef(checked);

  // The control the reader used to check disappears; keep their place by moving to the verdict.
  useEffect(() => {
    if (checked && !wasChecked.current) cardRef.current?.querySelector<HTMLElement>('.nmq-verdict')?.focus();
    wasChecked.current = checked;
  }, [checked]);

  const header = (
    <p className="nmq-meta">
      <span>{t.questionOf(number, total)}</span>
      <span className="nmq-difficulty">{t.difficulty[q.difficulty]}</span>
    </p>
  );

  if (q.type === 'fix') {
    return (
      <div className="nmq-card" data-question={q.id} ref={cardRef}>
        {header}
        <FixQuestion
          question={q}
          domId={domId}
          legendId={legendId}
          t={t}
          lang={props.lang}
          result={result}
          onResult={props.onFixResult}
          text={draft?.type === 'fix' ? draft.config : q.start}
          onText={(config) => onDraft({ type: 'fix', config })}
        />
        {props.footer}
      </div>
    );
  }

  const tryCheck = () => {
    const missing = (() => {
      if (!draft) return t.chooseFirst;
      if (draft.type === 'multiple' && draft.choices.length === 0) return t.chooseFirst;
      if (draft.type === 'truefalse' && draft.value === undefined) return t.chooseFirst;
      if (draft.type === 'truefalse' && draft.reason === undefined) return t.chooseReason;
      if (draft.type === 'match' && q.type === 'match' && q.items.some((i) => !draft.pairs[i.id])) return t.chooseFirst;
      return '';
    })();
    setNudge(missing);
    if (!missing) onCheck();
  };

  let inputs: ReactNode;
  let feedback: ReactNode = null;
  switch (q.type) {
    case 'single':
    case 'path':
    case 'multiple': {
      const options = ordered(q.options, order.options);
      const multiple = q.type === 'multiple';
      const selected =
        draft?.type === 'multiple' ? draft.choices : draft && (draft.type === 'single' || draft.type === 'path') ? [draft.choice] : [];
      inputs = (
        <ChoiceInputs
          name={`${domId}-opt`}
          options={options}
          multiple={multiple}
          selected={selected}
          disabled={checked}
          onChange={(id, on) => {
            if (q.type === 'multiple') {
              const set = new Set(selected);
              if (on) set.add(id);
              else set.delete(id);
              onDraft({ type: 'multiple', choices: options.map((o) => o.id).filter((x) => set.has(x)) });
            } else onDraft({ type: q.type, choice: id });
          }}
        />
      );
      if (checked) {
        const right = q.key.type === 'multiple' ? q.key.choices : q.key.type === 'single' || q.key.type === 'path' ? [q.key.choice] : [];
        feedback = (
          <>
            <ul className="nmq-fb-list">
              {options.map((o) => (
                <OptionFeedback key={o.id} option={o} chosen={selected.includes(o.id)} right={right.includes(o.id)} t={t} />
              ))}
            </ul>
            {q.type === 'path' && q.hops.length > 0 && (
              <div className="nmq-hops">
                <p className="nmq-hops-title">{t.hopsTitle}</p>
                <ol>
                  {q.hops.map((hop, i) => (
                    <li key={i}>{hop}</li>
                  ))}
                </ol>
              </div>
            )}
          </>
        );
      }
      break;
    }
    case 'truefalse': {
      const value = draft?.type === 'truefalse' ? draft.value : undefined;
      const reason = draft?.type === 'truefalse' ? draft.reason : undefined;
      const reasons = ordered(q.reasons, order.reasons);
      const verdictName = `${domId}-verdict`;
      inputs = (
        <>
          <fieldset className="nmq-sub">
            <legend>{t.verdictLegend}</legend>
            <div className="nmq-options nmq-inline">
              {([true, false] as const).map((v) => (
                <div className="nmq-option" key={String(v)}>
                  <input
                    type="radio"
                    id={`${verdictName}-${v}`}
                    name={verdictName}
                    checked={value === v}
                    disabled={checked}
                    onChange={() => onDraft({ type: 'truefalse', value: v, ...(reason ? { reason } : {}) })}
                  />
                  <label htmlFor={`${verdictName}-${v}`}>{v ? t.trueLabel : t.falseLabel}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <fieldset className="nmq-sub">
            <legend>{t.reasonLegend}</legend>
            <ChoiceInputs
              name={`${domId}-reason`}
              options={reasons}
              multiple={false}
              selected={reason ? [reason] : []}
              disabled={checked}
              onChange={(id) => onDraft({ type: 'truefalse', ...(value === undefined ? {} : { value }), reason: id })}
            />
          </fieldset>
        </>
      );
      if (checked && q.key.type === 'truefalse') {
        const key = q.key;
        feedback = (
          <>
            <p className="nmq-verdict-why">{value ? q.ifTrue : q.ifFalse}</p>
            <ul className="nmq-fb-list">
              {reasons.map((o) => (
                <OptionFeedback key={o.id} option={o} chosen={o.id === reason} right={o.id === key.reason} t={t} />
              ))}
            </ul>
          </>
        );
      }
      break;
    }
    case 'match': {
      const pairs = draft?.type === 'match' ? draft.pairs : {};
      const items = ordered(q.items, order.items);
      const choices = ordered(q.choices, order.choices);
      inputs = (
        <div className="nmq-match">
          {items.map((item) => {
            const id = `${domId}-m-${item.id}`;
            return (
              <div className="nmq-match-row" key={item.id}>
                <label htmlFor={id}>{item.text}</label>
                <select
                  id={id}
                  value={pairs[item.id] ?? ''}
                  disabled={checked}
                  onChange={(e) => onDraft({ type: 'match', pairs: { ...pairs, [item.id]: e.currentTarget.value } })}
                >
                  <option value="">{t.matchPlaceholder}</option>
                  {choices.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.text}
                    </option>
                  ))}
                </select>
              </div>
            );
          })}
        </div>
      );
      if (checked && q.key.type === 'match') {
        const key = q.key.pairs;
        const label = (id: string | undefined) => q.choices.find((c) => c.id === id)?.text ?? '—';
        feedback = (
          <ul className="nmq-fb-list">
            {items.map((item) => {
              const right = pairs[item.id] === key[item.id];
              return (
                <li key={item.id} className={`nmq-fb ${right ? 'nmq-fb-right' : 'nmq-fb-wrong'}`}>
                  <p className="nmq-fb-head">
                    <span className="nmq-mark" aria-hidden="true">{right ? '✓' : '✗'}</span>
                    <strong>{item.text}</strong>
                  </p>
                  <p>
                    {t.matchYours(label(pairs[item.id]))}
                    {!right && <> · {t.matchRight(label(key[item.id]))}</>}
                  </p>
                  <p>{item.why}</p>
                  <a href={item.href}>{t.readMore}</a>
                </li>
              );
            })}
          </ul>
        );
      }
      break;
    }
  }

  return (
    <div className="nmq-card" data-question={q.id} ref={cardRef}>
      {header}
      <fieldset className="nmq-fieldset">
        <legend id={legendId} className="nmq-prompt">
          {q.prompt}
        </legend>
        {inputs}
      </fieldset>
      {!checked && (
        <div className="nmq-actions">
          <button type="button" className="nmq-button nmq-primary" onClick={tryCheck}>
            {t.check}
          </button>
        </div>
      )}
      <div className="nmq-feedback" aria-live="polite" id={`${domId}-feedback`}>
        {nudge && !checked && <p className="nmq-nudge">{nudge}</p>}
        {checked && result && <Verdict result={result} t={t} />}
      </div>
      {feedback && <div className="nmq-explain">{feedback}</div>}
      {props.footer}
    </div>
  );
}
