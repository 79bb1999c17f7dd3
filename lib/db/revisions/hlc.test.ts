import { describe, expect, it } from 'vitest';
import { nextHlc, observeLatestHlc } from './hlc';

/** A stamp as another rep's clock writes it. */
const stamp = (ms: number, count = 0, node = 'beef') =>
  `${String(ms).padStart(15, '0')}-${String(count).padStart(5, '0')}-${node}`;

describe('the hybrid logical clock', () => {
  it('gives stamps that sort in the order they were made, within one millisecond too', () => {
    const now = Date.now();
    const stamps = [nextHlc(now), nextHlc(now), nextHlc(now - 5), nextHlc(now + 1)];
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('moves past the latest stamp a rep whose clock runs ahead wrote, though ours is behind', () => {
    const ahead = Date.now() + 3_600_000;
    observeLatestHlc([stamp(ahead - 10), stamp(ahead, 7), stamp(ahead - 1, 99)]);
    const mine = nextHlc(Date.now());
    expect(mine > stamp(ahead, 7, 'ffffffff')).toBe(true);
    expect(mine.startsWith(stamp(ahead, 8, ''))).toBe(true);
  });

  it('reads every stamp when the greatest is malformed, and never moves to a malformed one', () => {
    const ahead = Date.now() + 7_200_000;
    observeLatestHlc([stamp(ahead), 'zzz', stamp(ahead + 1, 0, 'not hex')]);
    const mine = nextHlc(Date.now());
    expect(mine.startsWith(stamp(ahead, 1, ''))).toBe(true);
  });
});
