import * as z from 'zod/mini';
import { nameFromEmail, normaliseEmail } from '../identity/email';
import { normaliseLinkedInSlug } from '../identity/keys';
import { Email, MAX_NAME, MAX_TEXT, Name, Text } from '../schema/primitives';
import type { Contact } from '../schema/records';
import type { RowProblem } from './errors';

const MAX_PHONE = 64;
const MAX_LINKEDIN = 200;

/** A contact read from a file, validated but not yet stored: the UI reviews these before writing. */
export const ContactImport = z.object({
  /** 1-based line where the row or card starts in the file. */
  line: z.number().check(z.int(), z.minimum(1)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME)),
  emails: z.array(Email),
  phones: z.array(z.string().check(z.maxLength(MAX_PHONE))),
  orgName: z.optional(Name),
  title: z.optional(Name),
  /** The profile's canonical slug (lib/identity/keys.ts storedLinkedIn), as contacts store it. */
  linkedin: z.optional(z.string().check(z.maxLength(MAX_LINKEDIN))),
  tags: z.array(Name),
  notes: z.optional(Text),
  source: z.string().check(z.maxLength(64)),
});
export type ContactImport = z.infer<typeof ContactImport>;

/** Field values as found in a file, before cleaning. Lists may hold several values per entry. */
export interface RawContactFields {
  name?: string;
  firstName?: string;
  lastName?: string;
  emails: readonly string[];
  phones: readonly string[];
  company?: string;
  title?: string;
  linkedin?: readonly string[];
  /** One tag per entry: use splitTagCell for a CSV cell holding several. */
  tags: readonly string[];
  notes?: string;
}

export type ImportResult = { ok: true; draft: ContactImport } | { ok: false; problem: RowProblem };

/** Separators between several tags in one CSV cell: Google's " ::: ", semicolons and commas. */
const TAG_SEPARATOR = /\s*:::\s*|\s*[;,]\s*/;
/** Google's built-in group every contact belongs to. */
const SYSTEM_TAGS = new Set(['mycontacts']);

/** Cleans and validates one record; the first thing wrong with it becomes the row's problem. */
export function buildContactImport(raw: RawContactFields, line: number, source: string): ImportResult {
  const fail = (reason: RowProblem['reason'], detail: string): ImportResult => ({
    ok: false,
    problem: { line, reason, detail },
  });
  const emails: string[] = [];
  for (const email of splitList(raw.emails, /\s*:::\s*|[;,\s]+/).map(normaliseEmail)) {
    if (!Email.safeParse(email).success) return fail('invalid-email', email.slice(0, 100));
    if (!emails.includes(email)) emails.push(email);
  }
  const fullName =
    singleLine(raw.name) || [singleLine(raw.firstName), singleLine(raw.lastName)].filter(Boolean).join(' ');
  const firstEmail = emails[0];
  const name = fullName || (firstEmail ? nameFromEmail(firstEmail) : '') || firstEmail || '';
  if (!name) return fail('missing-name-and-email', 'no name and no email');
  if (name.length > MAX_NAME) return fail('field-too-long', 'name');
  const phones = [...new Set(splitList(raw.phones, /\s*:::\s*|\s*;\s*/))];
  if (phones.some((p) => p.length > MAX_PHONE)) return fail('field-too-long', 'phone');
  const tags = cleanTags(raw.tags);
  if (tags.some((t) => t.length > MAX_NAME)) return fail('field-too-long', 'tags');
  const orgName = singleLine(raw.company);
  const title = singleLine(raw.title);
  if (orgName.length > MAX_NAME) return fail('field-too-long', 'company');
  if (title.length > MAX_NAME) return fail('field-too-long', 'title');
  const notes = multiLine(raw.notes);
  if (notes.length > MAX_TEXT) return fail('field-too-long', 'notes');
  const linkedin = raw.linkedin?.map(profileSlug).find((slug) => slug !== undefined);

  const draft: ContactImport = { line, name, emails, phones, tags, source };
  if (orgName) draft.orgName = orgName;
  if (title) draft.title = title;
  if (linkedin) draft.linkedin = linkedin;
  if (notes) draft.notes = notes;
  const checked = ContactImport.safeParse(draft);
  if (!checked.success) return fail('invalid-field', checked.error.issues.map((i) => i.path.join('.')).join(', '));
  return { ok: true, draft: checked.data };
}

/** The contact for an accepted draft; the caller supplies id and clock, the contacts door the search tokens. */
export function contactFromImport(draft: ContactImport, id: string, now: number): Contact {
  const contact: Contact = {
    id,
    name: draft.name,
    emails: [...draft.emails],
    phones: [...draft.phones],
    customerType: 'consumer',
    directness: 'direct',
    source: draft.source,
    tags: [...draft.tags],
    bad: false,
    neverLog: false,
    search: [],
    createdAt: now,
    updatedAt: now,
  };
  if (draft.title) contact.title = draft.title;
  if (draft.orgName) contact.orgName = draft.orgName;
  if (draft.linkedin) contact.linkedin = draft.linkedin;
  if (draft.notes) contact.ownerNotes = draft.notes;
  return contact;
}

/**
 * The canonical slug of a LinkedIn profile URL in a file ("https://www.linkedin.com/in/Ann-Lee/?trk=x" ->
 * "ann-lee"); undefined for anything else. Only URLs count: a bare word in a "Website" column is no profile.
 */
function profileSlug(value: string): string | undefined {
  const cell = unneutraliseCell(value.trim());
  return (cell.includes('/') && normaliseLinkedInSlug(cell)) || undefined;
}

/** Undoes the apostrophe our own CSV export puts before cells that look like formulas. */
export function unneutraliseCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** "* myContacts ::: Friends" or "Clients;VIP" -> separate tags. */
export function splitTagCell(cell: string): string[] {
  return unneutraliseCell(cell).split(TAG_SEPARATOR);
}

function singleLine(value: string | undefined): string {
  return value ? unneutraliseCell(value).replace(/\s+/g, ' ').trim() : '';
}

function multiLine(value: string | undefined): string {
  return value ? unneutraliseCell(value).replace(/\r\n?/g, '\n').trim() : '';
}

function splitList(values: readonly string[], separator: RegExp): string[] {
  return values
    .flatMap((v) => unneutraliseCell(v.trim()).split(separator))
    .map((v) => singleLine(v))
    .filter(Boolean);
}

function cleanTags(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const value of values.map(singleLine)) {
    const tag = value.replace(/^\*\s*/, '');
    const key = tag.toLowerCase();
    if (!tag || SYSTEM_TAGS.has(key) || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags;
}
