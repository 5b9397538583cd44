/**
 * Deterministic option order per attempt. The seed comes from the quiz id, the attempt number
 * and the question id, so the right answer is not always in the same place, and re-rendering
 * the same attempt (a reload, server rendering then hydration) gives the same order.
 */

/** FNV-1a, 32 bit: a stable string hash that is identical in every JS engine. */
export function hashString(input: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < input.length; i += 1) {
    h ^= input.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleSeed(quizId: string, attempt: number, questionId: string): number {
  return hashString(`${quizId}\u0000${attempt}\u0000${questionId}`);
}

/** Fisher-Yates with the seeded PRNG; returns a new array and leaves the input alone. */
export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const tmp = out[i]!;
    out[i] = out[j]!;
    out[j] = tmp;
  }
  return out;
}

/** Options of one question in this attempt's order. */
export function orderFor<T>(items: readonly T[], quizId: string, attempt: number, questionId: string): T[] {
  return seededShuffle(items, shuffleSeed(quizId, attempt, questionId));
}
