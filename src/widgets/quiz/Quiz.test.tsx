// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Quiz from './Quiz.tsx';
import type { ClientQuestion } from '../../quiz/localize.ts';
import { PROGRESS_KEY } from '../../progress/store';
import { VIEW_KEY } from './prefs.ts';
import { attemptKey } from './attempt.ts';

const opt = (id: string, text: string) => ({ id, text, why: `why ${text}`, href: `/en/lessons/bridge/#${id}` });

const questions: ClientQuestion[] = [
  {
    id: 'q-single',
    type: 'single',
    prompt: 'What is a bridge?',
    difficulty: 1,
    href: '/en/lessons/bridge/',
    options: [opt('switch', 'A virtual switch'), opt('router', 'A router'), opt('nat', 'A NAT box')],
    key: { type: 'single', choice: 'switch' },
  },
  {
    id: 'q-multi',
    type: 'multiple',
    prompt: 'Which are true?',
    difficulty: 2,
    href: '/en/lessons/bridge/',
    options: [opt('a', 'Learns source MACs'), opt('b', 'Floods unknown unicast'), opt('c', 'Learns destination MACs')],
    key: { type: 'multiple', choices: ['a', 'b'] },
  },
  {
    id: 'q-tf',
    type: 'truefalse',
    prompt: 'A bridge hairpins frames.',
    difficulty: 2,
    href: '/en/lessons/bridge/',
    ifTrue: 'No, it never does.',
    ifFalse: 'Right, it never does.',
    reasons: [opt('ingress', 'Never out of the ingress port'), opt('stp', 'STP decides')],
    key: { type: 'truefalse', value: false, reason: 'ingress' },
  },
  {
    id: 'q-match',
    type: 'match',
    prompt: 'Match the situations.',
    difficulty: 2,
    href: '/en/lessons/overview/',
    items: [opt('one-ip', 'One public address'), opt('subnet', 'A routed subnet')],
    choices: [
      { id: 'nat', text: 'NAT' },
      { id: 'routed', text: 'Routed' },
    ],
    key: { type: 'match', pairs: { 'one-ip': 'nat', subnet: 'routed' } },
  },
  {
    id: 'q-path',
    type: 'path',
    prompt: 'Where does the ping go?',
    difficulty: 2,
    href: '/en/lessons/routed/',
    options: [opt('at-web', 'It reaches the web server'), opt('at-pve', 'Dropped on the host')],
    hops: ['VM 100 sends the echo request', 'The host drops it: ip_forward is 0'],
    key: { type: 'path', choice: 'at-pve' },
  },
];

function renderQuiz(lang: 'en' | 'ko' = 'en') {
  return render(<Quiz quizId="test" lessonKey="bridge" lang={lang} title="Bridge quiz" questions={questions} />);
}

const stored = () => JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null');

function answerAll(right: boolean) {
  fireEvent.click(screen.getByRole('button', { name: 'All questions' }));
  fireEvent.click(screen.getByLabelText(right ? 'A virtual switch' : 'A router'));
  fireEvent.click(screen.getByLabelText('Learns source MACs'));
  if (right) fireEvent.click(screen.getByLabelText('Floods unknown unicast'));
  fireEvent.click(screen.getByLabelText('False'));
  fireEvent.click(screen.getByLabelText('Never out of the ingress port'));
  fireEvent.change(screen.getByLabelText('One public address'), { target: { value: 'nat' } });
  fireEvent.change(screen.getByLabelText('A routed subnet'), { target: { value: 'routed' } });
  fireEvent.click(screen.getByLabelText('Dropped on the host'));
  for (const button of screen.getAllByRole('button', { name: 'Check answer' })) fireEvent.click(button);
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe('Quiz island', () => {
  it('shows one question at a time by default, each in a fieldset whose legend is the prompt', () => {
    renderQuiz();
    expect(screen.getAllByRole('group', { name: 'What is a bridge?' })).toHaveLength(1);
    expect(screen.queryByText('Which are true?')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    expect(screen.getByRole('group', { name: 'Which are true?' })).toBeTruthy();
  });

  it('asks for an answer before checking, then gives feedback with explanations and lesson links', () => {
    renderQuiz();
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByText('Choose an answer first.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('A router'));
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(screen.getByText('Not quite.')).toBeTruthy();
    expect(screen.getByText('why A virtual switch')).toBeTruthy();
    expect(screen.getByText('why A router')).toBeTruthy();
    const links = screen.getAllByRole('link', { name: 'Read the lesson section' });
    expect(links.map((a) => a.getAttribute('href'))).toContain('/en/lessons/bridge/#switch');
    expect((screen.getByLabelText('A router') as HTMLInputElement).disabled).toBe(true);
    // Feedback lives in a live region so screen readers hear it.
    expect(screen.getByText('Not quite.').closest('[aria-live]')).toBeTruthy();
  });

  it('gives partial credit for multiple choice and shows the kernel trace for path questions', () => {
    renderQuiz();
    fireEvent.click(screen.getByRole('button', { name: 'All questions' }));
    fireEvent.click(screen.getByLabelText('Learns source MACs'));
    const multi = screen.getByRole('group', { name: 'Which are true?' }).closest<HTMLElement>('.nmq-card')!;
    fireEvent.click(within(multi).getByRole('button', { name: 'Check answer' }));
    expect(within(multi).getByText('Partly right: 0.5 of 1 point.')).toBeTruthy();

    fireEvent.click(screen.getByLabelText('It reaches the web server'));
    const path = screen.getByRole('group', { name: 'Where does the ping go?' }).closest<HTMLElement>('.nmq-card')!;
    fireEvent.click(within(path).getByRole('button', { name: 'Check answer' }));
    expect(within(path).getByText('Not quite.')).toBeTruthy();
    expect(within(path).getByText('The host drops it: ip_forward is 0')).toBeTruthy();
  });

  it('grades matching per item and shows the right choice next to a wrong one', () => {
    renderQuiz();
    fireEvent.click(screen.getByRole('button', { name: 'All questions' }));
    fireEvent.change(screen.getByLabelText('One public address'), { target: { value: 'nat' } });
    fireEvent.change(screen.getByLabelText('A routed subnet'), { target: { value: 'nat' } });
    const match = screen.getByRole('group', { name: 'Match the situations.' }).closest<HTMLElement>('.nmq-card')!;
    fireEvent.click(within(match).getByRole('button', { name: 'Check answer' }));
    expect(within(match).getByText('Partly right: 0.5 of 1 point.')).toBeTruthy();
    expect(within(match).getByText('Your answer: NAT · Right answer: Routed')).toBeTruthy();
    expect(within(match).getByText('why A routed subnet')).toBeTruthy();
  });

  it('requires the reason of a true/false question and grades both parts', () => {
    renderQuiz();
    fireEvent.click(screen.getByRole('button', { name: 'All questions' }));
    const tf = screen.getByRole('group', { name: 'A bridge hairpins frames.' }).closest<HTMLElement>('.nmq-card')!;
    fireEvent.click(within(tf).getByLabelText('False'));
    fireEvent.click(within(tf).getByRole('button', { name: 'Check answer' }));
    expect(within(tf).getByText('Now choose the reason, too.')).toBeTruthy();
    fireEvent.click(within(tf).getByLabelText('STP decides'));
    fireEvent.click(within(tf).getByRole('button', { name: 'Check answer' }));
    expect(within(tf).getByText('Partly right: 0.5 of 1 point.')).toBeTruthy();
    expect(within(tf).getByText('Right, it never does.')).toBeTruthy();
  });

  it('scores the quiz, records it in progress, and retries only the wrong questions', () => {
    renderQuiz();
    answerAll(false);
    // Checking the last answer finishes the attempt: the score is saved before "See my score".
    expect(stored().lessons.bridge.quiz).toMatchObject({ score: 3.5, total: 5, attempts: 1, best: 3.5 });
    expect(screen.getByText('Every question is answered and your score is saved.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'See my score' }));
    expect(screen.getByText('3.5 of 5 points')).toBeTruthy();
    const saved = stored();
    // Showing the score does not count the attempt a second time.
    expect(saved.lessons.bridge.quiz).toMatchObject({ score: 3.5, total: 5, attempts: 1 });
    expect(saved.lessons.bridge.quiz.correct.sort()).toEqual(['q-match', 'q-path', 'q-tf']);

    fireEvent.click(screen.getByRole('button', { name: 'Retry the 2 I got wrong' }));
    expect(screen.getByText('Retry round: 2 questions you missed.')).toBeTruthy();
    expect(screen.queryByText('A bridge hairpins frames.')).toBeNull();
    fireEvent.click(screen.getByLabelText('A virtual switch'));
    fireEvent.click(screen.getByLabelText('Learns source MACs'));
    fireEvent.click(screen.getByLabelText('Floods unknown unicast'));
    for (const button of screen.getAllByRole('button', { name: 'Check answer' })) fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'See my score' }));
    expect(screen.getByText('5 of 5 points')).toBeTruthy();
    expect(screen.getByText('Every question right. Well done.')).toBeTruthy();
    expect(stored().lessons.bridge.quiz).toMatchObject({ score: 5, total: 5, attempts: 2, best: 5 });
  });

  it('remembers the view choice and shows the last result after a reload', () => {
    const first = renderQuiz();
    answerAll(true);
    fireEvent.click(screen.getByRole('button', { name: 'See my score' }));
    expect(localStorage.getItem(VIEW_KEY)).toBe('all');
    first.unmount();
    renderQuiz();
    expect(screen.getByRole('button', { name: 'All questions' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/Last result: 5 of 5 points \(attempt 1/)).toBeTruthy();
  });

  it('survives corrupt stored progress with a notice, and can reset progress', () => {
    localStorage.setItem(PROGRESS_KEY, '{"version":1,"lessons":{"bridge":{"quiz":"oops"');
    renderQuiz('ko');
    expect(screen.getByText(/저장된 진도를 읽을 수 없어서/)).toBeTruthy();
    expect(localStorage.getItem(`${PROGRESS_KEY}.corrupt`)).toContain('oops');
    fireEvent.click(screen.getByRole('button', { name: '내 진도 초기화' }));
    fireEvent.click(within(screen.getByRole('group', { name: '내 진도 초기화' })).getByRole('button', { name: '내 진도 초기화' }));
    expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
    expect(screen.getByText('진도를 초기화했습니다.')).toBeTruthy();
  });

  it('keeps the readable lessons when one stored entry is damaged, and says only part was set aside', () => {
    const kept = { visited: true, quiz: { score: 3, total: 5, correct: [], attempts: 2, completedAt: '2026-01-01T00:00:00Z' } };
    localStorage.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, lessons: { bridge: kept, nat: { visited: 'yes' } } }));
    renderQuiz('en');
    expect(screen.getByText(/Part of your saved progress could not be read/)).toBeTruthy();
    // Saved before best scores were kept: the latest score stands in for the best.
    expect(JSON.parse(localStorage.getItem(PROGRESS_KEY)!).lessons).toEqual({ bridge: { ...kept, quiz: { ...kept.quiz, best: 3 } } });
  });

  it('renders the same option order for the same attempt, and a new order for the next attempt', () => {
    const orderNow = () => screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value);
    const a = renderQuiz();
    const first = orderNow();
    a.unmount();
    const b = renderQuiz();
    expect(orderNow()).toEqual(first);
    b.unmount();
    const orders = new Set<string>();
    for (let attempts = 1; attempts <= 8; attempts += 1) {
      localStorage.setItem(
        PROGRESS_KEY,
        JSON.stringify({ version: 1, lessons: { bridge: { visited: true, quiz: { score: 1, total: 5, correct: [], attempts, completedAt: '2026-01-01T00:00:00Z' } } } }),
      );
      const r = renderQuiz();
      orders.add(orderNow().join(','));
      r.unmount();
    }
    expect(orders.size).toBeGreaterThan(1);
  });
});

describe('Quiz island: the attempt in progress', () => {
  const ATTEMPT = attemptKey('bridge');
  const savedAttempt = () => JSON.parse(localStorage.getItem(ATTEMPT) ?? 'null');

  it('keeps answers on the device as they are given and restores them after a reload, and the score counts them', async () => {
    const first = renderQuiz();
    fireEvent.click(screen.getByRole('button', { name: 'All questions' }));
    fireEvent.click(screen.getByLabelText('A virtual switch'));
    fireEvent.click(within(screen.getByRole('group', { name: 'What is a bridge?' }).closest<HTMLElement>('.nmq-card')!).getByRole('button', { name: 'Check answer' }));
    fireEvent.click(screen.getByLabelText('Learns source MACs'));
    // Saved as the reader answers (the saving module loads on first use).
    await waitFor(() => expect(savedAttempt()).toMatchObject({ v: 1, quiz: 'test', attempt: 1, view: 'all', drafts: { 'q-multi': { type: 'multiple', choices: ['a'] } } }));
    expect(savedAttempt().results['q-single']).toEqual({ points: 1, max: 1, correct: true });
    const order = screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value);
    first.unmount();

    renderQuiz();
    // The restore loads its parser on demand: on a busy machine that takes longer than findBy's default second.
    expect(await screen.findByText(/Resumed where you left off/, {}, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('Correct.')).toBeTruthy();
    expect((screen.getByLabelText('A virtual switch') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Learns source MACs') as HTMLInputElement).checked).toBe(true);
    expect(screen.getAllByRole('radio').map((r) => (r as HTMLInputElement).value)).toEqual(order);

    fireEvent.click(screen.getByLabelText('Floods unknown unicast'));
    fireEvent.click(screen.getByLabelText('False'));
    fireEvent.click(screen.getByLabelText('Never out of the ingress port'));
    fireEvent.change(screen.getByLabelText('One public address'), { target: { value: 'nat' } });
    fireEvent.change(screen.getByLabelText('A routed subnet'), { target: { value: 'routed' } });
    fireEvent.click(screen.getByLabelText('Dropped on the host'));
    for (const button of screen.getAllByRole('button', { name: 'Check answer' })) fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'See my score' }));
    expect(screen.getByText('5 of 5 points')).toBeTruthy();
    expect(stored().lessons.bridge.quiz).toMatchObject({ score: 5, attempts: 1 });
    // A finished attempt is not offered again.
    await waitFor(() => expect(localStorage.getItem(ATTEMPT)).toBeNull());
  });

  it('keeps a retry round from its start: a reload before the first answer still retries only the wrong ones', async () => {
    const first = renderQuiz();
    answerAll(false);
    fireEvent.click(screen.getByRole('button', { name: 'See my score' }));
    fireEvent.click(screen.getByRole('button', { name: 'Retry the 2 I got wrong' }));
    await waitFor(() => expect(savedAttempt()).toMatchObject({ attempt: 2, ids: ['q-single', 'q-multi'], drafts: {}, results: {} }));
    first.unmount();

    renderQuiz();
    expect(await screen.findByText('Retry round: 2 questions you missed.')).toBeTruthy();
    // Nothing answered in this round yet: the notice does not promise answers that are back.
    expect(screen.getByText(/^Resumed where you left off\.$/)).toBeTruthy();
    expect(screen.queryByText(/your answers so far are back/)).toBeNull();
    expect(screen.queryByText('A bridge hairpins frames.')).toBeNull();
    fireEvent.click(screen.getByLabelText('A virtual switch'));
    fireEvent.click(screen.getByLabelText('Learns source MACs'));
    fireEvent.click(screen.getByLabelText('Floods unknown unicast'));
    for (const button of screen.getAllByRole('button', { name: 'Check answer' })) fireEvent.click(button);
    fireEvent.click(screen.getByRole('button', { name: 'See my score' }));
    // The three right in the first round still count.
    expect(screen.getByText('5 of 5 points')).toBeTruthy();
  });

  it('"Start over" drops the restored answers', async () => {
    const first = renderQuiz();
    fireEvent.click(screen.getByLabelText('A router'));
    fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
    await waitFor(() => expect(savedAttempt()?.results['q-single']).toBeDefined());
    first.unmount();
    renderQuiz();
    fireEvent.click(await screen.findByRole('button', { name: 'Start over' }));
    expect(screen.queryByText('Not quite.')).toBeNull();
    expect((screen.getByLabelText('A router') as HTMLInputElement).checked).toBe(false);
    await waitFor(() => expect(localStorage.getItem(ATTEMPT)).toBeNull());
  });

  it.each([
    ['not JSON', '{"v":1,"quiz":"test"'],
    ['another format', JSON.stringify({ v: 2, quiz: 'test', attempt: 1 })],
    ['a question the quiz no longer has', JSON.stringify({ v: 1, quiz: 'test', attempt: 1, view: 'one', ids: ['q-gone'], index: 0, drafts: {}, results: {}, best: {} })],
    ['an answer of the wrong type', JSON.stringify({ v: 1, quiz: 'test', attempt: 1, view: 'one', ids: ['q-single'], index: 0, drafts: { 'q-single': { type: 'match', pairs: {} } }, results: {}, best: {} })],
  ])('discards a saved attempt with %s, says so, and the quiz still works', async (_, text) => {
    localStorage.setItem(ATTEMPT, text);
    renderQuiz('ko');
    expect(await screen.findByText(/풀다 만 퀴즈를 읽을 수 없어서/)).toBeTruthy();
    await waitFor(() => expect(localStorage.getItem(ATTEMPT)).toBeNull());
    fireEvent.click(screen.getByLabelText('A virtual switch'));
    fireEvent.click(screen.getByRole('button', { name: '정답 확인' }));
    expect(screen.getByText('정답입니다.')).toBeTruthy();
  });

  it('quietly drops an attempt that was finished since (in another tab)', async () => {
    const first = renderQuiz();
    fireEvent.click(screen.getByLabelText('A router'));
    await waitFor(() => expect(localStorage.getItem(ATTEMPT)).not.toBeNull());
    first.unmount();
    localStorage.setItem(
      PROGRESS_KEY,
      JSON.stringify({ version: 1, lessons: { bridge: { visited: true, quiz: { score: 1, total: 5, correct: [], attempts: 1, completedAt: '2026-01-01T00:00:00Z' } } } }),
    );
    renderQuiz();
    await waitFor(() => expect(localStorage.getItem(ATTEMPT)).toBeNull());
    expect(screen.queryByText(/Resumed/)).toBeNull();
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('works without storage (private mode): answers are graded, nothing is saved, the reader is told', async () => {
    const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    try {
      renderQuiz();
      fireEvent.click(screen.getByLabelText('A virtual switch'));
      fireEvent.click(screen.getByRole('button', { name: 'Check answer' }));
      expect(screen.getByText('Correct.')).toBeTruthy();
      expect(await screen.findByText(/not saving data for this site/)).toBeTruthy();
    } finally {
      blocked.mockRestore();
    }
    expect(localStorage.getItem(ATTEMPT)).toBeNull();
  });

  it('"Reset my progress" also forgets unfinished attempts of every quiz', async () => {
    localStorage.setItem(attemptKey('nat'), '{}');
    renderQuiz();
    fireEvent.click(screen.getByLabelText('A router'));
    await waitFor(() => expect(localStorage.getItem(ATTEMPT)).not.toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Reset my progress' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Reset my progress' })).getByRole('button', { name: 'Reset my progress' }));
    await waitFor(() => expect(localStorage.getItem(attemptKey('nat'))).toBeNull());
    await waitFor(() => expect(localStorage.getItem(ATTEMPT)).toBeNull());
  });
});
