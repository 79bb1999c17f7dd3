import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { releaseWhenIdle } from './release-when-idle';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('releasing the index when no dashboard asks any more', () => {
  it('waits for a full idle period after the last use, and releases once', () => {
    const release = vi.fn();
    const idle = releaseWhenIdle(release, 60_000);
    idle.used();
    vi.advanceTimersByTime(50_000);
    idle.used();
    vi.advanceTimersByTime(59_999);
    expect(release).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(release).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(600_000);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('never releases what was never used', () => {
    const release = vi.fn();
    releaseWhenIdle(release, 60_000);
    vi.advanceTimersByTime(600_000);
    expect(release).not.toHaveBeenCalled();
  });
});
