import { showsAsProspect } from '../../crm/tiers';
import { STAGES, type Stage, TIERS, type Tier } from '../../crm/types';
import type { Contact } from '../../schema/records';
import { matchTokens } from './search-tokens';
import { contactWords } from './shelved';
import { TextColumn } from './text-column';

export const RISKS = ['low', 'medium', 'high'] as const;
export type Risk = (typeof RISKS)[number];

/** Code of an absent tier, stage or risk in the byte columns. */
export const NONE = 255;
/** Tier code of a prospect: no value yet, so no tier to show (sorts after the small customers). */
export const PROSPECT = 254;

/** One line of the contacts table: small enough that a page of 200 is one quick message. */
export interface ContactRow {
  id: string;
  name: string;
  email?: string;
  orgName?: string;
  tier?: Tier;
  /** No order yet on the person or their account: shown as a prospect, without a tier. */
  prospect?: true;
  stage?: Stage;
  risk?: Risk;
  value?: number;
  clv?: number;
  pAlive?: number;
  lastTouch?: number;
  tags: readonly string[];
  /** The rep responsible for the customer. */
  owner?: string;
}

/**
 * The whole book as columns: what the table shows, sorts and filters on, without the records.
 * Numbers missing on a contact are NaN; absent tier, stage or risk are NONE. Sized for 100,000
 * contacts in the background's memory: typed arrays, shared strings and arrays where contacts
 * repeat each other, and no per-contact objects.
 */
export interface ContactColumns {
  size: number;
  ids: string[];
  names: string[];
  emails: (string | undefined)[];
  orgNames: (string | undefined)[];
  /** NO_TAGS for the many contacts without tags. */
  tags: (readonly string[])[];
  /** Search tokens, each after a "\n", so "starts a word" is one `includes("\n" + word)`; see compactHaystack. */
  haystacks: TextColumn;
  tiers: Uint8Array;
  stages: Uint8Array;
  risks: Uint8Array;
  values: Float64Array;
  clvs: Float64Array;
  pAlives: Float64Array;
  lastTouches: Float64Array;
  /** Each contact's owner as a code into `reps` (0: no owner). */
  owners: Uint16Array;
  /** Every rep named in the book (owners, who created and changed contacts): code k is reps[k - 1]. */
  reps: string[];
  /** One copy of each organisation name while rows are added (most contacts share theirs); emptied by trimColumns. */
  strings: Map<string, string>;
}

export const NO_TAGS: readonly string[] = Object.freeze([]);

const codeOf = <T extends string>(list: readonly T[], value: T | undefined) =>
  value === undefined ? NONE : list.indexOf(value);

export function emptyColumns(capacity: number): ContactColumns {
  return {
    size: 0,
    ids: [],
    names: [],
    emails: [],
    orgNames: [],
    tags: [],
    haystacks: new TextColumn(capacity),
    tiers: new Uint8Array(capacity),
    stages: new Uint8Array(capacity),
    risks: new Uint8Array(capacity),
    values: new Float64Array(capacity),
    clvs: new Float64Array(capacity),
    pAlives: new Float64Array(capacity),
    lastTouches: new Float64Array(capacity),
    owners: new Uint16Array(capacity),
    reps: [],
    strings: new Map(),
  };
}

/** The code of a rep's name (0 for none), adding the name to the book's reps when new. */
export function repCode(cols: ContactColumns, name: string | undefined): number {
  if (!name) return 0;
  const k = cols.reps.indexOf(name);
  if (k >= 0) return k + 1;
  if (cols.reps.length >= 0xfffe) return 0;
  cols.reps.push(name);
  return cols.reps.length;
}

/**
 * The search tokens of a contact, each after a "\n", phrases ("ann lee") cut to their first word:
 * a query word never holds a space, so a phrase can only match by its first word. One flat
 * string (a join, not `+=`, which would keep every token alive in a rope).
 */
export function compactHaystack(tokens: readonly string[]): string {
  const words = [''];
  for (const token of tokens) {
    const space = token.indexOf(' ');
    const word = space < 0 ? token : token.slice(0, space);
    if (word && !words.includes(word)) words.push(word);
  }
  return words.length > 1 ? words.join('\n') : '';
}

const shared = (strings: Map<string, string>, text: string | undefined) => {
  if (text === undefined) return undefined;
  const known = strings.get(text);
  if (known !== undefined) return known;
  strings.set(text, text);
  return text;
};

/** Writes one contact at row `i` (an existing row, or the next free one). */
export function setRow(cols: ContactColumns, i: number, c: Contact): void {
  const x = c.insights;
  cols.ids[i] = c.id;
  cols.names[i] = c.name;
  cols.emails[i] = c.emails[0];
  cols.orgNames[i] = shared(cols.strings, c.orgName);
  cols.tags[i] = c.tags.length ? c.tags : NO_TAGS;
  cols.haystacks.set(i, compactHaystack(matchTokens(contactWords(c), c.emails)));
  cols.tiers[i] = showsAsProspect(x) ? PROSPECT : codeOf(TIERS, x?.tier);
  cols.stages[i] = codeOf(STAGES, x?.stage);
  cols.risks[i] = codeOf(RISKS, x?.risk);
  cols.values[i] = x?.value ?? Number.NaN;
  cols.clvs[i] = x?.clv ?? Number.NaN;
  cols.pAlives[i] = x?.pAlive ?? Number.NaN;
  cols.lastTouches[i] = x?.lastTouch ?? Number.NaN;
  cols.owners[i] = repCode(cols, c.owner);
  repCode(cols, c.createdBy);
  repCode(cols, c.changedBy);
}

/** Appends a contact, growing the typed arrays when full. */
export function appendRow(cols: ContactColumns, c: Contact): ContactColumns {
  const next = cols.size < cols.tiers.length ? cols : resize(cols, Math.max(64, cols.size * 2));
  setRow(next, next.size, c);
  next.size++;
  return next;
}

/** The columns with no spare capacity, once every row is in. */
export function trimColumns(cols: ContactColumns): ContactColumns {
  return { ...resize(cols, cols.size), strings: new Map() };
}

/** Row index of each contact id; undefined for an id not in the columns. */
export function rowFinder(cols: ContactColumns, howMany: number): (id: string) => number | undefined {
  // A few edits scan the ids; many would scan too often, so they get a map for the moment.
  if (howMany <= 16) {
    return (id) => {
      const i = cols.ids.indexOf(id);
      return i < 0 ? undefined : i;
    };
  }
  const byId = new Map<string, number>();
  for (let i = 0; i < cols.size; i++) byId.set(cols.ids[i] ?? '', i);
  return (id) => byId.get(id);
}

function resize(cols: ContactColumns, capacity: number): ContactColumns {
  const sized = <A extends Uint8Array | Uint16Array | Float64Array>(a: A, make: (n: number) => A): A => {
    const b = make(capacity);
    b.set(a.subarray(0, Math.min(a.length, capacity)));
    return b;
  };
  return {
    ...cols,
    haystacks: cols.haystacks.resized(capacity),
    tiers: sized(cols.tiers, (n) => new Uint8Array(n)),
    stages: sized(cols.stages, (n) => new Uint8Array(n)),
    risks: sized(cols.risks, (n) => new Uint8Array(n)),
    values: sized(cols.values, (n) => new Float64Array(n)),
    clvs: sized(cols.clvs, (n) => new Float64Array(n)),
    pAlives: sized(cols.pAlives, (n) => new Float64Array(n)),
    lastTouches: sized(cols.lastTouches, (n) => new Float64Array(n)),
    owners: sized(cols.owners, (n) => new Uint16Array(n)),
  };
}

const num = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? undefined : n);

/** The table row of row index `i`; absent fields are left out to keep messages small. */
export function rowAt(cols: ContactColumns, i: number): ContactRow {
  const row: ContactRow = { id: cols.ids[i] ?? '', name: cols.names[i] ?? '', tags: cols.tags[i] ?? [] };
  const email = cols.emails[i];
  const orgName = cols.orgNames[i];
  const tier = TIERS[cols.tiers[i] ?? NONE];
  const stage = STAGES[cols.stages[i] ?? NONE];
  const risk = RISKS[cols.risks[i] ?? NONE];
  if (email) row.email = email;
  if (orgName) row.orgName = orgName;
  if (tier) row.tier = tier;
  if (cols.tiers[i] === PROSPECT) row.prospect = true;
  if (stage) row.stage = stage;
  if (risk) row.risk = risk;
  const value = num(cols.values[i]);
  const clv = num(cols.clvs[i]);
  const pAlive = num(cols.pAlives[i]);
  const lastTouch = num(cols.lastTouches[i]);
  if (value !== undefined) row.value = value;
  if (clv !== undefined) row.clv = clv;
  if (pAlive !== undefined) row.pAlive = pAlive;
  if (lastTouch !== undefined) row.lastTouch = lastTouch;
  const owner = cols.reps[(cols.owners[i] ?? 0) - 1];
  if (owner) row.owner = owner;
  return row;
}
