import { linkedInProfileUrl } from '../identity/keys';
import type { Contact } from '../schema/records';

/** RFC 6350: lines SHOULD NOT exceed 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Contacts as one vCard 4.0 file: CRLF line breaks, escaped text, lines folded at 75 octets. */
export function toVCard(contacts: readonly Contact[]): string {
  return contacts.map((c) => `${cardLines(c).map(foldLine).join('\r\n')}\r\n`).join('');
}

function cardLines(contact: Contact): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  lines.push(UUID.test(contact.id) ? `UID:urn:uuid:${contact.id}` : `UID;VALUE=text:${escapeText(contact.id)}`);
  lines.push(`FN:${escapeText(contact.name)}`);
  const { family, given } = splitName(contact.name);
  lines.push(`N:${escapeText(family)};${escapeText(given)};;;`);
  for (const [i, email] of contact.emails.entries()) lines.push(`EMAIL${pref(i)}:${escapeText(email)}`);
  for (const [i, phone] of contact.phones.entries()) lines.push(`TEL${pref(i)}:${escapeText(phone)}`);
  if (contact.orgName) lines.push(`ORG:${escapeText(contact.orgName)}`);
  if (contact.title) lines.push(`TITLE:${escapeText(contact.title)}`);
  const profile = contact.linkedin && (linkedInProfileUrl(contact.linkedin) ?? contact.linkedin);
  if (profile) lines.push(`URL;TYPE=linkedin:${profile.replace(/[\r\n]/g, '')}`);
  if (contact.tags.length > 0) lines.push(`CATEGORIES:${contact.tags.map(escapeText).join(',')}`);
  if (contact.ownerNotes) lines.push(`NOTE:${escapeText(contact.ownerNotes)}`);
  lines.push(`REV:${new Date(contact.updatedAt).toISOString().replace(/[-:]|\.\d{3}/g, '')}`);
  lines.push('END:VCARD');
  return lines;
}

/** The first address or number is the preferred one. */
function pref(index: number): string {
  return index === 0 ? ';PREF=1' : '';
}

/** "Ann Marie Lee" -> family "Lee", given "Ann Marie": a fair guess for readers that sort by N. */
function splitName(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return { family: '', given: words[0] ?? '' };
  return { family: words[words.length - 1] ?? '', given: words.slice(0, -1).join(' ') };
}

/** Backslash, comma, semicolon and newline are escaped in vCard text values. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

/** Folds at 75 octets of UTF-8 without splitting a character; continuation lines start with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}
