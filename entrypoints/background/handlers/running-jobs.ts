import type { WriteProgress } from '@/lib/db/write-in-slices';

interface Running {
  done: number;
  total: number;
  controller: AbortController;
  settled: Promise<unknown>;
}

/**
 * Commits and restores in progress, by job id: how far each has got, and a way to stop it. A
 * stopped job's transaction is aborted, so it leaves nothing behind.
 */
export class RunningJobs {
  private readonly jobs = new Map<string, Running>();

  run<T>(jobId: string, work: (progress: WriteProgress) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const job: Running = { done: 0, total: 0, controller, settled: Promise.resolve() };
    const onProgress = (done: number, total: number) => {
      job.done = done;
      job.total = total;
    };
    const result = work({ signal: controller.signal, onProgress });
    job.settled = result
      .catch(() => undefined)
      .finally(() => {
        // A second run of the same job (a double click) may have replaced this entry.
        if (this.jobs.get(jobId) === job) this.jobs.delete(jobId);
      });
    this.jobs.set(jobId, job);
    return result;
  }

  /** Writes done and to do; zero of zero while the job prepares its writes or is not running. */
  progress(jobId: string): { done: number; total: number } {
    const job = this.jobs.get(jobId);
    return { done: job?.done ?? 0, total: job?.total ?? 0 };
  }

  /** Stops the job if it is running and waits until its transaction has ended either way. */
  async stop(jobId: string): Promise<void> {
    const job = this.jobs.get(jobId);
    if (!job) return;
    job.controller.abort();
    await job.settled;
  }
}
