/**
 * Discrete-event scheduler on a virtual clock in integer microseconds (so times never collect
 * floating-point error). Ties are broken by insertion order, which keeps runs deterministic.
 */
export interface ScheduledEvent {
  atUs: number;
  order: number;
  /** Background events (periodic protocol timers, housekeeping) never keep a run from being idle. */
  background: boolean;
  node: string;
  label: string;
  run: () => void;
  cancelled: boolean;
  /** The frame this event delivers, if any (lets a storm cancel every copy in flight). */
  frameId?: number;
}

export class Scheduler {
  nowUs = 0;
  private heap: ScheduledEvent[] = [];
  private order = 0;
  private foreground = 0;

  schedule(delayUs: number, node: string, label: string, run: () => void, background = false): ScheduledEvent {
    const ev: ScheduledEvent = {
      atUs: this.nowUs + Math.max(0, Math.round(delayUs)),
      order: this.order++,
      background,
      node,
      label,
      run,
      cancelled: false,
    };
    if (!background) this.foreground++;
    this.push(ev);
    return ev;
  }

  cancel(ev: ScheduledEvent): void {
    if (ev.cancelled) return;
    ev.cancelled = true;
    if (!ev.background) this.foreground--;
  }

  /** True when only background timers (or nothing) remain. */
  idle(): boolean {
    return this.foreground <= 0;
  }

  peekTime(): number | undefined {
    this.dropCancelled();
    return this.heap[0]?.atUs;
  }

  /** Removes and returns the next live event, advancing the clock to it. */
  pop(): ScheduledEvent | undefined {
    this.dropCancelled();
    const top = this.heap[0];
    if (!top) return undefined;
    this.removeTop();
    if (!top.background) this.foreground--;
    this.nowUs = top.atUs;
    return top;
  }

  size(): number {
    return this.heap.length;
  }

  /** Cancels every pending event matching the predicate (used to stop a broadcast storm). */
  cancelWhere(pred: (ev: ScheduledEvent) => boolean): number {
    let n = 0;
    for (const ev of this.heap) {
      if (!ev.cancelled && pred(ev)) {
        this.cancel(ev);
        n++;
      }
    }
    return n;
  }

  private dropCancelled(): void {
    while (this.heap[0]?.cancelled) this.removeTop();
  }

  private less(a: ScheduledEvent, b: ScheduledEvent): boolean {
    return a.atUs < b.atUs || (a.atUs === b.atUs && a.order < b.order);
  }

  private push(ev: ScheduledEvent): void {
    const h = this.heap;
    h.push(ev);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = h[p]!;
      if (!this.less(ev, parent)) break;
      h[i] = parent;
      i = p;
    }
    h[i] = ev;
  }

  private removeTop(): void {
    const h = this.heap;
    const last = h.pop();
    if (h.length === 0 || !last) return;
    let i = 0;
    const n = h.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && this.less(h[r]!, h[l]!) ? r : l;
      if (!this.less(h[c]!, last)) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
  }
}
