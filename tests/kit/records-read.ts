/**
 * Deterministic read budgets: every record (or key) a read request hands back, by store, while
 * counting is on. A count() counts what it walked (IndexedDB counts by walking the range).
 */
type Reader = 'get' | 'getAll' | 'getAllKeys' | 'getKey' | 'openCursor' | 'openKeyCursor' | 'count' | 'getAllRecords';
const READERS: Reader[] = [
  'get',
  'getAll',
  'getAllKeys',
  'getKey',
  'openCursor',
  'openKeyCursor',
  'count',
  'getAllRecords',
];

export interface ReadCounter {
  /** Records read so far, by store. */
  byStore(): Record<string, number>;
  total(): number;
  /** Stops counting and puts the originals back. */
  stop(): void;
}

function recordsIn(result: unknown, reader: Reader): number {
  if (reader === 'count') return typeof result === 'number' ? result : 0;
  if (Array.isArray(result)) return result.length;
  return result === undefined || result === null ? 0 : 1;
}

export function countRecordsRead(): ReadCounter {
  const read = new Map<string, number>();
  const restores: (() => void)[] = [];
  for (const proto of [IDBObjectStore.prototype, IDBIndex.prototype] as unknown as Record<string, unknown>[]) {
    for (const reader of READERS) {
      const original = proto[reader];
      if (typeof original !== 'function') continue;
      proto[reader] = function (this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
        const request = original.apply(this, args) as IDBRequest;
        const store = 'objectStore' in this ? this.objectStore.name : this.name;
        // A cursor's request succeeds again at every step: each is one record.
        request.addEventListener('success', () => {
          read.set(store, (read.get(store) ?? 0) + recordsIn(request.result, reader));
        });
        return request;
      };
      restores.push(() => {
        proto[reader] = original;
      });
    }
  }
  return {
    byStore: () => Object.fromEntries(read),
    total: () => [...read.values()].reduce((sum, n) => sum + n, 0),
    stop: () => {
      for (const restore of restores.splice(0)) restore();
    },
  };
}
