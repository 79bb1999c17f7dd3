import { describe, expect, it } from 'vitest';
import { newestValues } from './newest-values';

/** Just enough of an IDBRequest for newestValues: it succeeds on the next tick with `result`. */
function answering<T>(result: T) {
  const request = { result, onsuccess: null as null | (() => void), onerror: null as null | (() => void) };
  setTimeout(() => request.onsuccess?.());
  return request;
}

describe('newestValues', () => {
  it('leaves the work to a cursor where the browser has no getAllRecords', () => {
    expect(newestValues({} as IDBIndex, IDBKeyRange.only('a'), 5)).toBeNull();
  });

  it('asks for the newest entries of the range in one request and returns their values', async () => {
    const asked: unknown[] = [];
    const index = {
      getAllRecords(options: unknown) {
        asked.push(options);
        return answering([{ value: 'newest' }, { value: 'older' }]);
      },
    } as unknown as IDBIndex;
    const range = IDBKeyRange.bound(['c1', 0], ['c1', 10]);
    await expect(newestValues<string>(index, range, 2)).resolves.toEqual(['newest', 'older']);
    expect(asked).toEqual([{ query: range, count: 2, direction: 'prev' }]);
  });
});
