import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  readProgress,
  writeProgress,
  markVisited,
  recordQuiz,
  recordLabGoals,
  markLabVisited,
  lessonStatus,
  resetProgress,
  browserStorage,
  damageOf,
  type StorageLike,
} from '../../src/progress/store';

function memoryStorage(initial: Record<string, string> = {}): StorageLike & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => (k in data ? data[k]! : null),
    setItem: (k, v) => {
      data[k] = v;
    },
    removeItem: (k) => {
      delete data[k];
    },
  };
}

describe('progress store', () => {
  it('starts empty and round-trips what it writes', () => {
    const storage = memoryStorage();
    const { progress, notice } = readProgress(storage);
    expect(notice).toBeUndefined();
    const next = recordQuiz(markVisited(progress, 'bridge'), 'bridge', {
      score: 7,
      total: 8,
      correct: ['b1'],
      completedAt: '2026-11-25T00:00:00.000Z',
    });
    writeProgress(storage, next);
    expect(readProgress(storage).progress).toEqual(next);
    expect(lessonStatus(next, 'bridge')).toBe('done');
    expect(lessonStatus(markVisited(next, 'nat'), 'nat')).toBe('doing');
    expect(lessonStatus(next, 'bond')).toBe('todo');
  });

  it('counts attempts across retries', () => {
    let p = readProgress(memoryStorage()).progress;
    for (let i = 0; i < 3; i++) p = recordQuiz(p, 'nat', { score: i, total: 8, correct: [], completedAt: 'x' });
    expect(p.lessons['nat']?.quiz?.attempts).toBe(3);
  });

  it('resets corrupt data with a notice and keeps the unreadable text aside', () => {
    for (const bad of ['{not json', '[]', '{"version":99}', '{"version":1,"lessons":[]}']) {
      const storage = memoryStorage({ [PROGRESS_KEY]: bad });
      const result = readProgress(storage);
      expect(result.notice).toBe('reset');
      expect(result.progress.lessons).toEqual({});
      expect(storage.data[`${PROGRESS_KEY}.corrupt`]).toBe(bad);
      expect(storage.data[PROGRESS_KEY]).toBeUndefined();
    }
  });

  it('keeps every readable lesson when only some entries are damaged, and sets the original aside', () => {
    const good = { visited: true, quiz: { score: 7, total: 8, correct: ['b1'], attempts: 2, completedAt: '2026-11-01T00:00:00Z', best: 8 } };
    const bad = JSON.stringify({ version: 1, lessons: { bridge: good, nat: { visited: 'yes' }, bond: { quiz: { score: -1 } }, routed: { visited: true } } });
    const storage = memoryStorage({ [PROGRESS_KEY]: bad });
    const result = readProgress(storage);
    expect(result.notice).toBe('partial');
    expect(result.progress.lessons).toEqual({ bridge: good, routed: { visited: true } });
    expect(storage.data[`${PROGRESS_KEY}.corrupt`]).toBe(bad);
    // The cleaned copy is stored, so the next page reads it without a notice.
    expect(readProgress(storage)).toEqual({ progress: result.progress });
    expect(damageOf(bad)).toBe('partial');
    expect(damageOf('{not json')).toBe('reset');
  });

  it('reads progress saved before labs and best scores existed, and keeps it when a lab goal is added', () => {
    const old = JSON.stringify({ version: 1, lessons: { bridge: { visited: true, quiz: { score: 5, total: 8, correct: [], attempts: 1, completedAt: 'x' } } } });
    const storage = memoryStorage({ [PROGRESS_KEY]: old });
    const { progress, notice } = readProgress(storage);
    expect(notice).toBeUndefined();
    expect(progress.lessons['bridge']?.quiz?.best).toBe(5);
    expect(progress.labs).toEqual({});
    writeProgress(storage, recordLabGoals(progress, 'bridge', ['reach']));
    const again = readProgress(storage).progress;
    expect(again.lessons['bridge']?.quiz?.score).toBe(5);
    expect(again.labs['bridge']).toEqual({ visited: true, goals: ['reach'] });
  });

  it('keeps the best quiz score across attempts and the last one separately', () => {
    let p = readProgress(memoryStorage()).progress;
    for (const score of [6, 8, 3]) p = recordQuiz(p, 'nat', { score, total: 8, correct: [], completedAt: 'x' });
    expect(p.lessons['nat']?.quiz).toMatchObject({ score: 3, best: 8, attempts: 3 });
  });

  it('adds confirmed lab goals without duplicates and never forgets one', () => {
    let p = markLabVisited(readProgress(memoryStorage()).progress, 'bond');
    expect(p.labs['bond']).toEqual({ visited: true, goals: [] });
    p = recordLabGoals(p, 'bond', ['spread']);
    p = recordLabGoals(p, 'bond', ['failover', 'spread']);
    expect(p.labs['bond']?.goals).toEqual(['spread', 'failover']);
    // Nothing new: the same object, so callers can skip the write.
    expect(recordLabGoals(p, 'bond', ['spread'])).toBe(p);
  });

  it('drops only the damaged lab entry and keeps the rest of the course', () => {
    const text = JSON.stringify({
      version: 1,
      lessons: { bridge: { visited: true } },
      labs: { bond: { visited: true, goals: ['spread'] }, nat: { goals: 'all of them' } },
    });
    const storage = memoryStorage({ [PROGRESS_KEY]: text });
    const result = readProgress(storage);
    expect(result.notice).toBe('partial');
    expect(result.progress.lessons).toEqual({ bridge: { visited: true } });
    expect(result.progress.labs).toEqual({ bond: { visited: true, goals: ['spread'] } });
    expect(storage.data[`${PROGRESS_KEY}.corrupt`]).toBe(text);
  });

  it('survives storage that throws (disabled in private mode)', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(readProgress(throwing).progress.lessons).toEqual({});
    expect(writeProgress(throwing, resetProgress(throwing))).toBe(false);
  });
});

describe('parseProgress', () => {
  it('accepts what writeProgress stores, with defaults for optional fields', async () => {
    const { parseProgress } = await import('../../src/progress/store');
    expect(parseProgress({ version: 1, lessons: { nat: {} } })).toEqual({ version: 1, lessons: { nat: { visited: false } }, labs: {} });
    expect(
      parseProgress({ version: 1, lessons: { nat: { visited: true, quiz: { score: 3, total: 8, completedAt: 'x' } } } }),
    ).toEqual({ version: 1, lessons: { nat: { visited: true, quiz: { score: 3, total: 8, correct: [], attempts: 1, completedAt: 'x', best: 3 } } }, labs: {} });
    expect(parseProgress({ version: 1, lessons: {}, labs: { bond: {} } })).toEqual({ version: 1, lessons: {}, labs: { bond: { visited: false, goals: [] } } });
  });
  it('rejects every malformed field', async () => {
    const { parseProgress } = await import('../../src/progress/store');
    const quiz = { score: 1, total: 2, correct: [], attempts: 1, completedAt: 'x' };
    for (const bad of [
      null,
      { version: 2, lessons: {} },
      { version: 1 },
      { version: 1, lessons: [] },
      { version: 1, lessons: { a: 'yes' } },
      { version: 1, lessons: { a: { visited: 1 } } },
      { version: 1, lessons: { a: { quiz: { ...quiz, score: -1 } } } },
      { version: 1, lessons: { a: { quiz: { ...quiz, total: 0 } } } },
      { version: 1, lessons: { a: { quiz: { ...quiz, correct: [1] } } } },
      { version: 1, lessons: { a: { quiz: { ...quiz, attempts: 0.5 } } } },
      { version: 1, lessons: { a: { quiz: { ...quiz, completedAt: 5 } } } },
      { version: 1, lessons: { a: { quiz: { ...quiz, best: 3 } } } },
      { version: 1, lessons: {}, labs: [] },
      { version: 1, lessons: {}, labs: { bond: { goals: 'spread' } } },
      { version: 1, lessons: {}, labs: { bond: { goals: [1] } } },
      { version: 1, lessons: {}, labs: { bond: { visited: 'yes' } } },
    ]) {
      expect(parseProgress(bad)).toBeUndefined();
    }
  });

  it('treats storage whose property access throws (blocked by privacy settings) as absent', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      expect(browserStorage()).toBeNull();
      expect(readProgress(browserStorage()).progress).toEqual({ version: 1, lessons: {}, labs: {} });
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
