/** Likely duplicates across the whole book, for the user to confirm or dismiss. */
import { type DuplicatePair, duplicateSuggestions, type MatchableContact } from '../../identity/match';
import type { Contact } from '../../schema/records';
import type { CrmDb } from '../open';

export interface ContactSummary {
  id: string;
  name: string;
  emails: string[];
  linkedin?: string;
  orgName?: string;
  title?: string;
  createdAt: number;
  source: string;
}

export interface DuplicateSuggestion extends Omit<DuplicatePair, 'a' | 'b'> {
  a: ContactSummary;
  b: ContactSummary;
}

const summary = (c: Contact): ContactSummary => {
  const s: ContactSummary = { id: c.id, name: c.name, emails: c.emails, createdAt: c.createdAt, source: c.source };
  if (c.linkedin) s.linkedin = c.linkedin;
  if (c.orgName) s.orgName = c.orgName;
  if (c.title) s.title = c.title;
  return s;
};

/** A dismissed pair's key, the same whichever way round. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/**
 * Pairs of contacts that are probably one person (same canonical email, same LinkedIn profile or profile alias, or same
 * name at the same organisation), strongest first, without the pairs the user said are different people.
 */
export async function findDuplicates(
  db: CrmDb,
  dismissed: ReadonlySet<string>,
  limit: number,
): Promise<DuplicateSuggestion[]> {
  const byId = new Map<string, ContactSummary>();
  const matchable: MatchableContact[] = [];
  let cursor = await db.transaction('contacts').store.openCursor();
  while (cursor) {
    const c = cursor.value;
    byId.set(c.id, summary(c));
    matchable.push({
      id: c.id,
      name: c.name,
      emails: c.emails,
      ...(c.linkedin ? { linkedin: c.linkedin } : {}),
      ...(c.linkedinAliases?.length ? { linkedinAliases: c.linkedinAliases } : {}),
      ...(c.orgName ? { orgName: c.orgName } : {}),
    });
    cursor = await cursor.continue();
  }
  const found: DuplicateSuggestion[] = [];
  for (const pair of duplicateSuggestions(matchable).sort((x, y) => y.confidence - x.confidence)) {
    const a = byId.get(pair.a);
    const b = byId.get(pair.b);
    if (!a || !b || dismissed.has(pairKey(a.id, b.id))) continue;
    found.push({ ...pair, a, b });
    if (found.length >= limit) break;
  }
  return found;
}
