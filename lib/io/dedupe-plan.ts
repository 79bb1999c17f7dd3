import { type PersonKeys, personKeys } from '../identity/keys';
import type { Contact } from '../schema/records';
import type { ContactImport } from './contact-import';

export type MatchKind = 'email' | 'linkedin' | 'name-company';

export type DedupeDecision =
  | { kind: 'new' }
  | { kind: 'duplicate-of-existing'; existingId: string; matchedBy: MatchKind }
  | { kind: 'duplicate-in-file'; firstLine: number; matchedBy: MatchKind };

export interface PlannedContact {
  draft: ContactImport;
  decision: DedupeDecision;
}

/** What is needed of a stored contact to recognise it again. */
export type ExistingContact = Pick<Contact, 'id' | 'emails' | 'name'> & Partial<Pick<Contact, 'linkedin' | 'orgName'>>;

/**
 * Sorts drafts into new contacts, duplicates of stored ones (with the stored id), and repeats of
 * an earlier row of the same file (with that row's line), so the UI can offer merge or skip.
 * Matching, strongest first: any canonical email, then LinkedIn profile, then name + company, by the
 * keys of the identity rule-book (lib/identity/keys.ts).
 */
export function planImport(drafts: readonly ContactImport[], existing: Iterable<ExistingContact>): PlannedContact[] {
  const planner = new ImportPlanner();
  for (const contact of existing) planner.addExisting(contact);
  return drafts.map((draft) => planner.plan(draft));
}

/** The same plan a piece at a time: every stored contact added first, then the drafts in file order. */
export class ImportPlanner {
  private readonly stored = new KeyIndex<string>();
  private readonly inFile = new KeyIndex<number>();

  addExisting(contact: ExistingContact): void {
    this.stored.add(personKeys(contact), contact.id);
  }

  plan(draft: ContactImport): PlannedContact {
    const keys = personKeys(draft);
    const decision = decide(keys, this.stored, this.inFile);
    this.inFile.add(keys, draft.line);
    return { draft, decision };
  }
}

function decide(keys: PersonKeys, stored: KeyIndex<string>, inFile: KeyIndex<number>): DedupeDecision {
  const existing = stored.find(keys);
  if (existing) return { kind: 'duplicate-of-existing', existingId: existing.value, matchedBy: existing.kind };
  const earlier = inFile.find(keys);
  if (earlier) return { kind: 'duplicate-in-file', firstLine: earlier.value, matchedBy: earlier.kind };
  return { kind: 'new' };
}

/** Remembers the first owner of each key. */
class KeyIndex<T> {
  private readonly byKind: Record<MatchKind, Map<string, T>> = {
    email: new Map(),
    linkedin: new Map(),
    'name-company': new Map(),
  };

  add(keys: PersonKeys, value: T): void {
    const put = (kind: MatchKind, key: string | undefined) => {
      if (key && !this.byKind[kind].has(key)) this.byKind[kind].set(key, value);
    };
    for (const email of keys.emails) put('email', email);
    put('linkedin', keys.linkedin);
    put('name-company', keys.nameCompany);
  }

  find(keys: PersonKeys): { kind: MatchKind; value: T } | undefined {
    for (const email of keys.emails) {
      const value = this.byKind.email.get(email);
      if (value !== undefined) return { kind: 'email', value };
    }
    const candidates: [MatchKind, string | undefined][] = [
      ['linkedin', keys.linkedin],
      ['name-company', keys.nameCompany],
    ];
    for (const [kind, key] of candidates) {
      const value = key ? this.byKind[kind].get(key) : undefined;
      if (value !== undefined) return { kind, value };
    }
    return undefined;
  }
}
