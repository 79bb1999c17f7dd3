/** IDBIndex.getAllRecords (Chrome 141+, not yet in every browser): records with a direction, in one round trip. */
interface WithGetAllRecords {
  getAllRecords?(options: {
    query: IDBKeyRange;
    count: number;
    direction: IDBCursorDirection;
  }): IDBRequest<{ value: unknown }[]>;
}

/**
 * The values of the last `count` entries of `range` in `index`, newest first, in one round trip
 * instead of one per entry; null where the browser lacks getAllRecords, for the caller's cursor.
 */
export function newestValues<T>(index: IDBIndex, range: IDBKeyRange, count: number): Promise<T[]> | null {
  const getAllRecords = (index as IDBIndex & WithGetAllRecords).getAllRecords;
  if (typeof getAllRecords !== 'function') return null;
  return new Promise((resolve, reject) => {
    const request = getAllRecords.call(index, { query: range, count, direction: 'prev' });
    request.onsuccess = () => resolve(request.result.map((record) => record.value as T));
    request.onerror = () => reject(request.error);
  });
}
