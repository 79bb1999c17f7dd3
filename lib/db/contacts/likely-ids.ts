/**
 * The contact each recently looked-up person turned out to be. The sidebar asks for the same people
 * again and again (every page event, every revisit), so a lookup can start reading a card by its
 * likely id together with the address, one database round trip instead of two. A guess is only ever
 * used once the address has confirmed it; a wrong or stale one costs a few reads and nothing else.
 */

/** What identifies a person on a page (lookup.ts's PersonQuery). */
interface Person {
  email?: string;
  linkedin?: string;
}

const KEPT = 256;
const likely = new Map<string, string>();

const keyOf = (q: Person) => `${q.email?.trim().toLowerCase() ?? ''}\u0000${q.linkedin ?? ''}`;

export function likelyContactId(q: Person): string | undefined {
  return likely.get(keyOf(q));
}

export function rememberContactId(q: Person, id: string | undefined): void {
  const key = keyOf(q);
  likely.delete(key);
  if (id === undefined) return;
  likely.set(key, id);
  if (likely.size > KEPT) likely.delete(likely.keys().next().value as string);
}
