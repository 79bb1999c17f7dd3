import { buildContactImport, type ContactImport, type ImportResult, splitTagCell } from './contact-import';
import type { RowProblem } from './errors';

/** Contact fields a column can feed, each from one column. */
export const SINGLE_TARGETS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'company',
  'title',
  'linkedin',
  'tags',
  'notes',
] as const;
/** Extra columns adding more of the same (E-mail 2, E-mail 3, Mobile Phone…). */
export const MULTI_TARGETS = ['emails', 'phones'] as const;

export type SingleTarget = (typeof SINGLE_TARGETS)[number];
export type MultiTarget = (typeof MULTI_TARGETS)[number];
export type MappingTarget = SingleTarget | MultiTarget;

/** Target field -> column index (or indices, for the extra columns). */
export type Mapping = { [K in SingleTarget]?: number } & { [K in MultiTarget]?: readonly number[] };

export type ImportFormat =
  | 'google'
  | 'outlook'
  | 'linkedin'
  | 'hubspot'
  | 'salesforce'
  | 'rapport'
  | 'generic'
  | 'unknown';

export interface DetectedFormat {
  format: ImportFormat;
  mapping: Mapping;
  /** Value for Contact.source, e.g. "import:linkedin". */
  source: string;
}

/** A header alias: an exact (normalised) header or a pattern. */
type Alias = string | RegExp;
type Aliases = { [K in MappingTarget]?: readonly Alias[] };

interface FormatSpec {
  format: ImportFormat;
  matches: (has: (header: Alias) => boolean) => boolean;
  columns: Aliases;
}

const GENERIC: Aliases = {
  name: ['name', 'full name', 'display name', 'contact name', 'contact'],
  firstName: ['first name', 'firstname', 'given name', 'first'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'last'],
  email: ['email', 'e-mail', 'email address', 'e-mail address', 'primary email', 'mail', 'work email'],
  emails: ['other emails', 'secondary email', 'personal email', /^e-?mail ?[2-9]( address)?$/],
  phone: ['phone', 'phone number', 'telephone', 'tel', 'work phone', 'business phone', 'mobile', 'mobile phone'],
  phones: ['other phones', 'mobile', 'mobile phone', 'home phone'],
  company: ['company', 'company name', 'organisation', 'organization', 'organization name', 'account name', 'employer'],
  title: ['job title', 'position', 'title', 'role'],
  linkedin: ['linkedin', 'linkedin url', 'linkedin profile', 'profile url'],
  tags: ['tags', 'labels', 'categories', 'groups'],
  notes: ['notes', 'note', 'comments', 'description'],
};

/** Most specific first: LinkedIn and HubSpot exports would also pass for generic ones. */
const FORMATS: readonly FormatSpec[] = [
  {
    format: 'linkedin',
    matches: (has) => has('first name') && has('url') && has('connected on'),
    columns: {
      firstName: ['first name'],
      lastName: ['last name'],
      email: ['email address'],
      company: ['company'],
      title: ['position'],
      linkedin: ['url'],
    },
  },
  {
    format: 'google',
    matches: (has) => has(/^e-mail 1 - value$/) || has('group membership') || has(/^organization 1 - name$/),
    columns: {
      name: ['name'],
      firstName: ['first name', 'given name'],
      lastName: ['last name', 'family name'],
      email: ['e-mail 1 - value'],
      emails: [/^e-mail \d+ - value$/],
      phone: ['phone 1 - value'],
      phones: [/^phone \d+ - value$/],
      company: ['organization name', 'organization 1 - name'],
      title: ['organization title', 'organization 1 - title'],
      linkedin: [/^website \d+ - value$/],
      tags: ['labels', 'group membership'],
      notes: ['notes'],
    },
  },
  {
    format: 'outlook',
    matches: (has) => has('e-mail address') && (has('business phone') || has('job title') || has('e-mail 2 address')),
    columns: {
      firstName: ['first name'],
      lastName: ['last name'],
      email: ['e-mail address'],
      emails: ['e-mail 2 address', 'e-mail 3 address'],
      phone: ['business phone'],
      phones: ['mobile phone', 'home phone', 'business phone 2', 'other phone'],
      company: ['company'],
      // Outlook's "Title" is the honorific (Mr, Dr); the job is "Job Title".
      title: ['job title'],
      linkedin: ['web page'],
      tags: ['categories'],
      notes: ['notes'],
    },
  },
  {
    format: 'hubspot',
    matches: (has) => has('lifecycle stage') || has('record id') || (has('company name') && has('phone number')),
    columns: {
      firstName: ['first name'],
      lastName: ['last name'],
      email: ['email'],
      phone: ['phone number'],
      phones: ['mobile phone number'],
      company: ['company name'],
      title: ['job title'],
      linkedin: ['linkedin url', 'linkedin bio', 'linkedin profile'],
      tags: ['lifecycle stage'],
      notes: ['notes', 'description'],
    },
  },
  {
    format: 'salesforce',
    matches: (has) => has('account name') && (has('email') || has('title')),
    columns: {
      firstName: ['first name'],
      lastName: ['last name'],
      email: ['email'],
      phone: ['phone'],
      phones: ['mobile'],
      company: ['account name'],
      title: ['title'],
      notes: ['description'],
    },
  },
  {
    format: 'rapport',
    matches: (has) => has('name') && has('other emails') && has('organisation'),
    columns: {
      name: ['name'],
      email: ['email'],
      emails: ['other emails'],
      phone: ['phone'],
      phones: ['other phones'],
      company: ['organisation'],
      title: ['title'],
      linkedin: ['linkedin'],
      tags: ['tags'],
      notes: ['notes'],
    },
  },
];

/** Recognises the export a header row comes from and proposes which column feeds which field. */
export function detectFormat(headers: readonly string[]): DetectedFormat {
  const normalised = headers.map(normaliseHeader);
  const has = (alias: Alias) => normalised.some((h) => matchesAlias(h, alias));
  const spec = FORMATS.find((f) => f.matches(has));
  if (spec)
    return { format: spec.format, mapping: buildMapping(normalised, spec.columns), source: `import:${spec.format}` };
  const mapping = buildMapping(normalised, GENERIC);
  const usable = isUsableMapping(mapping);
  return { format: usable ? 'generic' : 'unknown', mapping, source: 'import:csv' };
}

/** Whether a row is the header of a file we can import (used to skip preambles above it). */
export function isKnownHeaderRow(cells: readonly string[]): boolean {
  const { format, mapping } = detectFormat(cells);
  if (format === 'unknown') return false;
  // Generic headers need two recognised columns, so a stray "Name" line is not taken for one.
  return format !== 'generic' || Object.keys(mapping).length >= 2;
}

/** A mapping that can produce contacts: it names someone or gives an address. */
export function isUsableMapping(mapping: Mapping): boolean {
  return (
    mapping.name !== undefined ||
    mapping.firstName !== undefined ||
    mapping.lastName !== undefined ||
    mapping.email !== undefined
  );
}

/** Turns one parsed row into a validated draft, or a problem carrying the row's line. */
export function applyMapping(
  row: { line: number; cells: readonly string[] },
  mapping: Mapping,
  source = 'import:csv',
): ImportResult {
  const cell = (index: number | undefined): string => (index === undefined ? '' : (row.cells[index] ?? ''));
  const cells = (indices: readonly number[] | undefined): string[] => (indices ?? []).map(cell);
  return buildContactImport(
    {
      name: cell(mapping.name),
      firstName: cell(mapping.firstName),
      lastName: cell(mapping.lastName),
      emails: [cell(mapping.email), ...cells(mapping.emails)],
      phones: [cell(mapping.phone), ...cells(mapping.phones)],
      company: cell(mapping.company),
      title: cell(mapping.title),
      linkedin: [cell(mapping.linkedin)],
      tags: splitTagCell(cell(mapping.tags)),
      notes: cell(mapping.notes),
    },
    row.line,
    source,
  );
}

/** applyMapping over many rows, split into accepted drafts and problems. */
export function mapRows(
  rows: readonly { line: number; cells: readonly string[] }[],
  mapping: Mapping,
  source = 'import:csv',
): { drafts: ContactImport[]; problems: RowProblem[] } {
  const drafts: ContactImport[] = [];
  const problems: RowProblem[] = [];
  for (const row of rows) {
    const result = applyMapping(row, mapping, source);
    if (result.ok) drafts.push(result.draft);
    else problems.push(result.problem);
  }
  return { drafts, problems };
}

function buildMapping(headers: readonly string[], aliases: Aliases): Mapping {
  const used = new Set<number>();
  const mapping: Mapping = {};
  const take = (alias: Alias) => headers.findIndex((h, i) => !used.has(i) && matchesAlias(h, alias));
  for (const target of SINGLE_TARGETS) {
    for (const alias of aliases[target] ?? []) {
      const index = take(alias);
      if (index >= 0) {
        mapping[target] = index;
        used.add(index);
        break;
      }
    }
  }
  for (const target of MULTI_TARGETS) {
    const indices: number[] = [];
    for (const alias of aliases[target] ?? []) {
      for (let index = take(alias); index >= 0; index = take(alias)) {
        indices.push(index);
        used.add(index);
      }
    }
    if (indices.length > 0) mapping[target] = indices;
  }
  return mapping;
}

function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
}

function matchesAlias(header: string, alias: Alias): boolean {
  return typeof alias === 'string' ? header === alias : alias.test(header);
}
