/**
 * Search words kept on shelves instead of in the `search` index: the words of the contacts a large import adds.
 * In the index every word of every contact is an entry of its own, written with the contact, and those entries
 * are about half of what an imported contact costs to store. On a shelf they are lines of one record: "word",
 * NUL, contact id, sorted, at most SHELF_SIZE a shelf, the shelves of a word's first three letters in order.
 * An import puts its words on the shelves once, in its last step; only a restore takes them off (it empties the
 * shelves and indexes every contact it writes). A line may outlive its contact or the contact's words (deleted,
 * merged, renamed): whoever reads a shelf reads the contact too and judges it by its words now (contactWords), so
 * such a line only costs a read.
 */
import type { WordShelf } from '../schema';
import type { TimeSlice } from '../time-slice';

/** Letters of a word that name its shelves. */
const PREFIX = 3;
/** Lines a shelf holds at most: a search reads about one shelf for a typed prefix. */
export const SHELF_SIZE = 512;
const NUL = '\u0000';

export interface ShelvesStore {
  getAll(range: IDBKeyRange): Promise<WordShelf[]>;
  put(shelf: WordShelf): Promise<unknown>;
  delete(range: IDBKeyRange): Promise<void>;
}

interface ShelvesCursor {
  value: WordShelf;
  continue(): Promise<ShelvesCursor | null>;
}

export interface ShelvesReader {
  openCursor(range: IDBKeyRange): Promise<ShelvesCursor | null>;
}

export interface ShelvesTx {
  objectStore(name: 'wordShelves'): { clear(): Promise<void> };
}

/** Empties the shelves, with the contacts store (a restore, the demo seed). */
export function clearShelves(tx: ShelvesTx): Promise<void> {
  return tx.objectStore('wordShelves').clear();
}

const shelfOf = (word: string) => word.slice(0, PREFIX);
const shelvesNamed = (prefix: string) => IDBKeyRange.bound([prefix], [prefix, Number.POSITIVE_INFINITY]);

/** The shelves that may hold words starting with `start`, in word order. */
function shelvesFor(start: string): IDBKeyRange {
  return start.length >= PREFIX ? shelvesNamed(shelfOf(start)) : IDBKeyRange.bound([start], [`${start}\uffff`]);
}

/** The lines of contacts' words, by shelf prefix, each prefix's sorted; in slices of the thread's time if given one. */
export async function shelfLines(
  words: Iterable<readonly [id: string, words: readonly string[]]>,
  slice?: TimeSlice,
): Promise<Map<string, string[]>> {
  const byShelf = new Map<string, string[]>();
  for (const [id, list] of words) {
    for (const word of list) {
      const prefix = shelfOf(word);
      const line = `${word}${NUL}${id}`;
      const lines = byShelf.get(prefix);
      if (lines) lines.push(line);
      else byShelf.set(prefix, [line]);
    }
    if (slice?.due()) await slice.pause();
  }
  for (const lines of byShelf.values()) {
    lines.sort();
    if (slice?.due()) await slice.pause();
  }
  return byShelf;
}

/** Two sorted lists of lines as one, each line once. */
function merged(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const next = y === undefined || (x !== undefined && x <= y) ? x : y;
    if (next === x) i++;
    if (next === y) j++;
    if (next !== undefined && next !== out[out.length - 1]) out.push(next);
  }
  return out;
}

/** One prefix's shelves holding `lines` (sorted, each once), SHELF_SIZE lines a shelf. */
export function shelvesOf(prefix: string, lines: readonly string[]): WordShelf[] {
  const shelves: WordShelf[] = [];
  for (let from = 0; from < lines.length; from += SHELF_SIZE) {
    shelves.push({ prefix, part: shelves.length, lines: lines.slice(from, from + SHELF_SIZE) });
  }
  return shelves;
}

/** New lines merged per step of the shelving; the thread answers other messages between steps. */
const STEP_LINES = 4_000;

/**
 * Puts lines (shelfLines) on the shelves: each prefix's shelves are read, merged with its new lines and rewritten,
 * a few prefixes at a time, so that a lookup waiting for the thread gets it between them.
 */
export async function shelveWords(store: ShelvesStore, lines: ReadonlyMap<string, readonly string[]>): Promise<void> {
  const shelve = async ([prefix, added]: readonly [string, readonly string[]]) => {
    const range = shelvesNamed(prefix);
    const before = (await store.getAll(range)).flatMap((shelf) => shelf.lines);
    const shelves = shelvesOf(prefix, merged(before, added));
    await store.delete(range);
    await Promise.all(shelves.map((shelf) => store.put(shelf)));
  };
  let step: [string, readonly string[]][] = [];
  let size = 0;
  for (const entry of lines) {
    step.push(entry);
    size += entry[1].length;
    if (size < STEP_LINES) continue;
    await Promise.all(step.map(shelve));
    step = [];
    size = 0;
  }
  await Promise.all(step.map(shelve));
}

/** The first line of `lines` (sorted) not below `start`. */
function firstFrom(lines: readonly string[], start: string): number {
  let low = 0;
  let high = lines.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((lines[mid] ?? '') < start) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The ids of the contacts whose shelved words start with `start`, in the order of their words, one shelf read at
 * a time as the caller asks for more (an id may come more than once: one per word).
 */
export async function* shelvedIds(store: ShelvesReader, start: string): AsyncGenerator<string> {
  let cursor = await store.openCursor(shelvesFor(start));
  while (cursor) {
    const { lines } = cursor.value;
    for (let i = firstFrom(lines, start); i < lines.length; i++) {
      const line = lines[i] ?? '';
      if (!line.startsWith(start)) return;
      yield line.slice(line.indexOf(NUL) + 1);
    }
    cursor = await cursor.continue();
  }
}
