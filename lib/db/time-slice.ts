/**
 * Lets every task already queued run before the caller goes on: a lookup whose message arrived
 * meanwhile is answered, or opens its transaction before the next chunk of a commit opens one.
 */
export function yieldToQueuedTasks(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Cuts a long piece of synchronous work (planning 100,000 rows) into slices of about `sliceMs`, so
 * the worker answers messages in between: `if (slice.due()) await slice.pause()` in the loop.
 */
export class TimeSlice {
  private started = performance.now();

  constructor(private readonly sliceMs: number) {}

  due(): boolean {
    return performance.now() - this.started >= this.sliceMs;
  }

  async pause(): Promise<void> {
    await yieldToQueuedTasks();
    this.started = performance.now();
  }
}
