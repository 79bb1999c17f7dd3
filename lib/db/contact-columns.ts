import { STAGES, type Stage, TIERS, type Tier } from '../crm/types';
import type { Contact } from '../schema/records';

export const RISKS = ['low', 'medium', 'high'] as const;
export type Risk = (typeof RISKS)[number];

/** Code of an absent tier, stage or risk in the byte columns. */
export const NONE = 255;

/** One line of the contacts table: small enough that a page of 200 is one quick message. */
export interface ContactRow {
  id: string;
  name: string;
  email?: string;
  orgName?: string;
  tier?: Tier;
  stage?: Stage;
  risk?: Risk;
  value?: number;
  clv?: number;
  pAlive?: number;
  lastTouch?: number;
  tags: string[];
}

/**
 * The whole book as columns: what the table shows, sorts and filters on, without the records.
 * Numbers missing on a contact are NaN; absent tier, stage or risk are NONE.
 */
export interface ContactColumns {
  size: number;
  ids: string[];
  names: string[];
  emails: (string | undefined)[];
  orgNames: (string | undefined)[];
  tags: string[][];
  /** "\n"-joined search tokens, so "starts a word" is one `includes("\n" + word)`. */
  haystacks: string[];
  tiers: Uint8Array;
  stages: Uint8Array;
  risks: Uint8Array;
  values: Float64Array;
  clvs: Float64Array;
  pAlives: Float64Array;
  lastTouches: Float64Array;
  updatedAts: Float64Array;
  /** Row index by contact id, for patching changed contacts in place. */
  byId: Map<string, number>;
}

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
    haystacks: [],
    tiers: new Uint8Array(capacity),
    stages: new Uint8Array(capacity),
    risks: new Uint8Array(capacity),
    values: new Float64Array(capacity),
    clvs: new Float64Array(capacity),
    pAlives: new Float64Array(capacity),
    lastTouches: new Float64Array(capacity),
    updatedAts: new Float64Array(capacity),
    byId: new Map(),
  };
}

/** Writes one contact at row `i` (an existing row, or the next free one). */
export function setRow(cols: ContactColumns, i: number, c: Contact): void {
  const x = c.insights;
  cols.ids[i] = c.id;
  cols.names[i] = c.name;
  cols.emails[i] = c.emails[0];
  cols.orgNames[i] = c.orgName;
  cols.tags[i] = c.tags;
  cols.haystacks[i] = `\n${c.search.join('\n')}`;
  cols.tiers[i] = codeOf(TIERS, x?.tier);
  cols.stages[i] = codeOf(STAGES, x?.stage);
  cols.risks[i] = codeOf(RISKS, x?.risk);
  cols.values[i] = x?.value ?? Number.NaN;
  cols.clvs[i] = x?.clv ?? Number.NaN;
  cols.pAlives[i] = x?.pAlive ?? Number.NaN;
  cols.lastTouches[i] = x?.lastTouch ?? Number.NaN;
  cols.updatedAts[i] = c.updatedAt;
  cols.byId.set(c.id, i);
}

/** Appends a contact, growing the typed arrays when full. */
export function appendRow(cols: ContactColumns, c: Contact): ContactColumns {
  const next = cols.size < cols.tiers.length ? cols : grow(cols, Math.max(64, cols.size * 2));
  setRow(next, next.size, c);
  next.size++;
  return next;
}

function grow(cols: ContactColumns, capacity: number): ContactColumns {
  const bigger = <A extends Uint8Array | Float64Array>(a: A, make: (n: number) => A): A => {
    const b = make(capacity);
    b.set(a);
    return b;
  };
  return {
    ...cols,
    tiers: bigger(cols.tiers, (n) => new Uint8Array(n)),
    stages: bigger(cols.stages, (n) => new Uint8Array(n)),
    risks: bigger(cols.risks, (n) => new Uint8Array(n)),
    values: bigger(cols.values, (n) => new Float64Array(n)),
    clvs: bigger(cols.clvs, (n) => new Float64Array(n)),
    pAlives: bigger(cols.pAlives, (n) => new Float64Array(n)),
    lastTouches: bigger(cols.lastTouches, (n) => new Float64Array(n)),
    updatedAts: bigger(cols.updatedAts, (n) => new Float64Array(n)),
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
  return row;
}
