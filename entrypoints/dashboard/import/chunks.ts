/** Rows per message to the background: big enough to be fast, small enough to stay responsive. */
export const CHUNK_ROWS = 2000;
/** Runtime messages are serialised as JSON: stay well under a few megabytes each. */
export const CHUNK_CHARS = 1_500_000;

/** Consecutive slices of `items`, each at most `maxRows` long and about `maxChars` of JSON (at least one item). */
export function* chunksOf<T>(items: readonly T[], maxRows = CHUNK_ROWS, maxChars = CHUNK_CHARS): Generator<T[]> {
  let chunk: T[] = [];
  let chars = 0;
  for (const item of items) {
    const size = JSON.stringify(item).length;
    if (chunk.length > 0 && (chunk.length >= maxRows || chars + size > maxChars)) {
      yield chunk;
      chunk = [];
      chars = 0;
    }
    chunk.push(item);
    chars += size;
  }
  if (chunk.length > 0) yield chunk;
}
