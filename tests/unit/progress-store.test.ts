import { describe, expect, it } from 'vitest';
import {
  PROGRESS_KEY,
  readProgress,
  writeProgress,
  markVisited,
  recordQuiz,
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
    const good = { visited: true, quiz: { score: 7, total: 8, correct: ['b1'], attempts: 2, completedAt: '2026-11-01T00:00:00Z' } };
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
    expect(parseProgress({ version: 1, lessons: { nat: {} } })).toEqual({ version: 1, lessons: { nat: { visited: false } } });
    expect(
      parseProgress({ version: 1, lessons: { nat: { visited: true, quiz: { score: 3, total: 8, completedAt: 'x' } } } }),
    ).toEqual({ version: 1, lessons: { nat: { visited: true, quiz: { score: 3, total: 8, correct: [], attempts: 1, completedAt: 'x' } } } });
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
      expect(readProgress(browserStorage()).progress).toEqual({ version: 1, lessons: {} });
    } finally {
      if (original) Object.defineProperty(globalThis, 'localStorage', original);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  });
});
