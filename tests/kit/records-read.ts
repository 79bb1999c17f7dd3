/**
 * Deterministic read budgets: every record (or key) a read request hands back, by store, while
 * counting is on. A count() hands back no record: what it counted is kept apart (`counted`).
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
  /** Records (or keys) read so far, by store. */
  byStore(): Record<string, number>;
  /** What count() requests counted, by store. */
  counted(): Record<string, number>;
  total(): number;
  /** Stops counting and puts the originals back. */
  stop(): void;
}

function recordsIn(result: unknown): number {
  if (Array.isArray(result)) return result.length;
  return result === undefined || result === null ? 0 : 1;
}

export function countRecordsRead(): ReadCounter {
  const read = new Map<string, number>();
  const counted = new Map<string, number>();
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
          const result: unknown = request.result;
          if (reader === 'count') counted.set(store, (counted.get(store) ?? 0) + Number(result));
          else read.set(store, (read.get(store) ?? 0) + recordsIn(result));
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
    counted: () => Object.fromEntries(counted),
    total: () => [...read.values()].reduce((sum, n) => sum + n, 0),
    stop: () => {
      for (const restore of restores.splice(0)) restore();
    },
  };
}
