import { describe, expect, it } from 'vitest';
import { ChunkSizer } from './chunk-sizer';

describe('sizing the chunks of a commit by time', () => {
  it('aims at the target time from the last chunk’s time per record, within the bounds', () => {
    const sizer = new ChunkSizer(12, 50, 10, 500);
    expect(sizer.next()).toBe(50);
    sizer.took(50, 60); // 1.2 ms a record: 10 records fill 12 ms
    expect(sizer.next()).toBe(10);
    sizer.took(10, 240); // a very slow chunk: never below the minimum
    expect(sizer.next()).toBe(10);
  });

  it('grows at most twofold after a quick chunk, and never past the maximum', () => {
    const sizer = new ChunkSizer(12, 50, 10, 500);
    sizer.took(50, 1);
    expect(sizer.next()).toBe(100);
    for (let i = 0; i < 10; i++) sizer.took(sizer.next(), 0);
    expect(sizer.next()).toBe(500);
  });
});
