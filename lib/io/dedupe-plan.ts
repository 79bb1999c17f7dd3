import type { Contact } from '../schema/records';
import { type ContactImport, linkedinSlug } from './contact-import';

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

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/**
 * Sorts drafts into new contacts, duplicates of stored ones (with the stored id), and repeats of
 * an earlier row of the same file (with that row's line), so the UI can offer merge or skip.
 * Matching, strongest first: any canonical email, then LinkedIn profile, then name + company.
 */
export function planImport(drafts: readonly ContactImport[], existing: Iterable<ExistingContact>): PlannedContact[] {
  const stored = new KeyIndex<string>();
  for (const contact of existing) stored.add(keysOf(contact), contact.id);
  const inFile = new KeyIndex<number>();
  return drafts.map((draft) => {
    const keys = keysOf({ emails: draft.emails, linkedin: draft.linkedin, name: draft.name, orgName: draft.orgName });
    const decision = decide(keys, stored, inFile);
    inFile.add(keys, draft.line);
    return { draft, decision };
  });
}

function decide(keys: ContactKeys, stored: KeyIndex<string>, inFile: KeyIndex<number>): DedupeDecision {
  const existing = stored.find(keys);
  if (existing) return { kind: 'duplicate-of-existing', existingId: existing.value, matchedBy: existing.kind };
  const earlier = inFile.find(keys);
  if (earlier) return { kind: 'duplicate-in-file', firstLine: earlier.value, matchedBy: earlier.kind };
  return { kind: 'new' };
}

interface ContactKeys {
  emails: string[];
  linkedin?: string;
  nameCompany?: string;
}

function keysOf(contact: Omit<ExistingContact, 'id'>): ContactKeys {
  const keys: ContactKeys = { emails: contact.emails.map(canonicalEmail) };
  const slug = contact.linkedin ? linkedinSlug(contact.linkedin) : undefined;
  if (slug) keys.linkedin = slug;
  const nameCompany = nameCompanyKey(contact.name, contact.orgName);
  if (nameCompany) keys.nameCompany = nameCompany;
  return keys;
}

/** Remembers the first owner of each key. */
class KeyIndex<T> {
  private readonly byKind: Record<MatchKind, Map<string, T>> = {
    email: new Map(),
    linkedin: new Map(),
    'name-company': new Map(),
  };

  add(keys: ContactKeys, value: T): void {
    const put = (kind: MatchKind, key: string | undefined) => {
      if (key && !this.byKind[kind].has(key)) this.byKind[kind].set(key, value);
    };
    for (const email of keys.emails) put('email', email);
    put('linkedin', keys.linkedin);
    put('name-company', keys.nameCompany);
  }

  find(keys: ContactKeys): { kind: MatchKind; value: T } | undefined {
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

/**
 * Lower-cased and trimmed; for Gmail also without dots and "+tag" in the local part, and
 * googlemail.com folded into gmail.com, since all of those reach the same inbox.
 */
export function canonicalEmail(email: string): string {
  const lower = email.trim().toLowerCase();
  const at = lower.lastIndexOf('@');
  if (at < 0) return lower;
  const domain = lower.slice(at + 1);
  if (!GMAIL_DOMAINS.has(domain)) return lower;
  const local = (lower.slice(0, at).split('+')[0] ?? '').replace(/\./g, '');
  return `${local}@gmail.com`;
}

/** "Ann  Lée" at "ACME Ltd" -> "ann lee|acme ltd"; undefined unless both are known. */
export function nameCompanyKey(name: string, company: string | undefined): string | undefined {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
  const n = fold(name);
  const c = company ? fold(company) : '';
  return n && c ? `${n}|${c}` : undefined;
}
