/**
 * Results that finish in any order (scenarios running side by side), handed on in their original
 * order: each one as soon as every one before it is in, so the report reads the same every run.
 */
export function inOrder<T>(emit: (value: T, index: number) => void): (index: number, value: T) => void {
  const waiting = new Map<number, T>();
  let next = 0;
  return (index, value) => {
    waiting.set(index, value);
    while (waiting.has(next)) {
      const v = waiting.get(next)!;
      waiting.delete(next);
      emit(v, next++);
    }
  };
}
