/**
 * What a store's write door needs of a transaction: a read-write handle on that one store. Any idb
 * transaction in 'readwrite' or 'versionchange' mode that covers the store fits; a read-only one does not.
 */
export interface WritableStore<V> {
  put(value: V): Promise<unknown>;
  add(value: V): Promise<unknown>;
  delete(key: string): Promise<void>;
  clear(): Promise<void>;
}

export interface WriteTx<S extends string, V> {
  objectStore(name: S): WritableStore<V>;
}

/**
 * The clock a write is stamped with: a time sets the record's updatedAt; `null` keeps the record's own
 * (a restore puts back what the backup held; derived data such as insights is not an edit).
 */
export type Stamp = number | null;
