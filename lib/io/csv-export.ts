import { linkedInProfileUrl } from '../identity/keys';
import type { Contact, Deal, Interaction } from '../schema/records';

export interface CsvExportOptions {
  /** Prefix a UTF-8 byte-order mark so Excel opens accents correctly (default true). */
  bom?: boolean;
}

export interface NamedExportOptions extends CsvExportOptions {
  /** Contact id -> display name, to show names instead of ids. */
  contactNames?: ReadonlyMap<string, string>;
  /** Organisation id -> name. */
  orgNames?: ReadonlyMap<string, string>;
}

type Cell = string | number | undefined;

/** Columns of the contacts export; the first ten are what `detectFormat` reads back as format "rapport". */
export const CONTACT_COLUMNS = [
  'Name',
  'Email',
  'Other Emails',
  'Phone',
  'Other Phones',
  'Title',
  'Organisation',
  'LinkedIn',
  'Tags',
  'Notes',
  'Tier',
  'Stage',
  'Source',
  'Created',
  'Updated',
  'ID',
] as const;

export function contactsToCsv(contacts: readonly Contact[], options: CsvExportOptions = {}): string {
  const rows = contacts.map((c): Cell[] => [
    c.name,
    c.emails[0],
    c.emails.slice(1).join('; '),
    c.phones[0],
    c.phones.slice(1).join('; '),
    c.title,
    c.orgName,
    c.linkedin && (linkedInProfileUrl(c.linkedin) ?? c.linkedin),
    c.tags.join('; '),
    c.ownerNotes,
    c.tierOverride?.tier ?? c.insights?.tier,
    c.stageOverride?.stage ?? c.insights?.stage,
    c.source,
    isoDate(c.createdAt),
    isoDate(c.updatedAt),
    c.id,
  ]);
  return toCsv(CONTACT_COLUMNS, rows, options);
}

export const INTERACTION_COLUMNS = [
  'Date',
  'Channel',
  'Direction',
  'Contacts',
  'Subject',
  'Summary',
  'URL',
  'ID',
] as const;

export function interactionsToCsv(interactions: readonly Interaction[], options: NamedExportOptions = {}): string {
  const rows = interactions.map((i): Cell[] => [
    isoDate(i.at),
    i.channel,
    i.direction,
    i.contactIds.map((id) => options.contactNames?.get(id) ?? id).join('; '),
    i.subject,
    i.summary,
    i.url,
    i.id,
  ]);
  return toCsv(INTERACTION_COLUMNS, rows, options);
}

export const DEAL_COLUMNS = [
  'Date',
  'Title',
  'Status',
  'Amount',
  'Currency',
  'Cost',
  'Contact',
  'Organisation',
  'ID',
] as const;

export function dealsToCsv(deals: readonly Deal[], options: NamedExportOptions = {}): string {
  const rows = deals.map((d): Cell[] => [
    isoDate(d.date),
    d.title,
    d.status,
    d.amount,
    d.currency,
    d.cost,
    d.contactId && (options.contactNames?.get(d.contactId) ?? d.contactId),
    d.orgId && (options.orgNames?.get(d.orgId) ?? d.orgId),
    d.id,
  ]);
  return toCsv(DEAL_COLUMNS, rows, options);
}

/** RFC 4180: CRLF between records, fields quoted when they hold a comma, quote or line break. */
export function toCsv(
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
  options: CsvExportOptions = {},
): string {
  const lines = [headers, ...rows].map((row) => row.map(formatCell).join(','));
  return `${options.bom === false ? '' : '\uFEFF'}${lines.join('\r\n')}\r\n`;
}

/**
 * Spreadsheets run text starting with = + - @ (or tab / CR, which they skip) as a formula: a
 * contact named "=HYPERLINK(…)" could exfiltrate data. A leading apostrophe makes it plain text.
 * Numbers we computed ourselves are safe and stay numeric.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function formatCell(cell: Cell): string {
  if (cell === undefined) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : neutraliseFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function isoDate(epoch: number): string {
  return new Date(epoch).toISOString();
}
