// The benchmark workspace, record by record: a pure function of the record's index, so any chunk can
// be generated anywhere (in the page that writes it) and the same run always writes the same data.
import { contactSearchTokens } from '../../lib/db/contacts/put';
import { foldForSearch } from '../../lib/db/contacts/search-tokens';
import { addTouch, type ContactTouches, entriesOf, noTouches } from '../../lib/db/interactions/touches';
import type { Contact, Deal, Interaction, Organisation } from '../../lib/schema/records';
import { FIRST_NAMES, LAST_NAMES, ORG_WORDS, SUBJECTS, TITLES } from './names';

export interface Scale {
  contacts: number;
  interactions: number;
  /** Fixed "now" of the data set (epoch ms), so dates do not depend on the clock. */
  now: number;
}

const YEAR = 365 * 24 * 3600 * 1000;
const FREE_MAIL = ['gmail.com', 'outlook.com', 'yahoo.com'];

/** 32-bit hash of (index, salt): deterministic noise without state. */
export function noise(index: number, salt: number): number {
  let h = Math.imul(index ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(salt + 0x27d4eb2f, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}
const unit = (index: number, salt: number) => noise(index, salt) / 2 ** 32;
const pick = <T>(list: readonly T[], index: number, salt: number): T => list[noise(index, salt) % list.length] as T;

const hex = (n: number, width: number) => n.toString(16).padStart(width, '0').slice(-width);

/**
 * UUID-shaped and unique, ordered by index like a UUIDv7 is by creation time: records written in
 * order land at the end of each key range, which keeps LevelDB's compactions (and so seeding a
 * million records) cheap. Random UUIDs would spread them over the whole range.
 */
export function idOf(kind: number, index: number): string {
  return `${hex(index, 8)}-${hex(kind, 4)}-4${hex(noise(index, kind), 3)}-a${hex(noise(index, kind + 1), 3)}-${hex(
    noise(index, kind + 2),
    8,
  )}${hex(noise(index, kind + 3), 4)}`;
}

const ascii = (s: string) => foldForSearch(s).replace(/[^a-z]/g, '');

export const orgCount = (scale: Scale) => Math.max(1, Math.round(scale.contacts / 20));
export const dealCount = (scale: Scale) => Math.round(scale.contacts / 2);

function orgName(o: number): string {
  return `${pick(ORG_WORDS, o, 11)} ${pick(ORG_WORDS, o, 12)} ${o}`;
}
const orgDomain = (o: number) => `${ascii(orgName(o))}.example`;

export function organisationAt(o: number, scale: Scale): Organisation {
  const at = scale.now - Math.floor(unit(o, 13) * 3 * YEAR);
  return { id: idOf(2, o), name: orgName(o), domains: [orgDomain(o)], createdAt: at, updatedAt: at };
}

/** Contact i's name and address, cheap enough to compute for queries too. */
export function personAt(i: number, scale: Scale): { name: string; email: string; org: number } {
  const first = pick(FIRST_NAMES, i, 1);
  const last = pick(LAST_NAMES, i, 2);
  const org = noise(i, 3) % orgCount(scale);
  const domain = unit(i, 4) < 0.2 ? pick(FREE_MAIL, i, 5) : orgDomain(org);
  return { name: `${first} ${last}`, email: `${ascii(first)}.${ascii(last)}${i}@${domain}`, org };
}

export function contactAt(i: number, scale: Scale): Contact {
  const { name, email, org } = personAt(i, scale);
  const createdAt = scale.now - Math.floor(unit(i, 6) * 3 * YEAR);
  const tier = (['S', 'A', 'B', 'C'] as const)[Math.min(3, Math.floor(unit(i, 7) * 5))] ?? 'C';
  const contact: Contact = {
    id: idOf(1, i),
    name,
    emails: [email],
    phones: unit(i, 8) < 0.3 ? [`+1 555 ${String(noise(i, 9) % 10_000_000).padStart(7, '0')}`] : [],
    title: pick(TITLES, i, 10),
    orgId: idOf(2, org),
    orgName: orgName(org),
    customerType: 'consumer',
    directness: 'direct',
    source: 'import',
    tags: [],
    bad: false,
    neverLog: false,
    insights: {
      tier,
      tierSource: 'computed',
      stage: 'stability',
      stageSource: 'derived',
      stageReasons: [{ code: 'recent-purchase' }],
      riskReasons: [],
      value: noise(i, 14) % 50_000,
      clv: noise(i, 15) % 20_000,
      pAlive: unit(i, 16),
      risk: 'low',
      method: 'bgnbd',
      lastTouch: scale.now - Math.floor(unit(i, 17) * YEAR),
      computedAt: scale.now,
    },
    search: [],
    createdAt,
    updatedAt: createdAt,
  };
  contact.search = contactSearchTokens(contact);
  return contact;
}

/** Which contact an interaction belongs to: skewed, as a few key accounts get most of the mail. */
export function ownerOf(j: number, scale: Scale): number {
  return Math.floor(scale.contacts * unit(j, 20) ** 2);
}

export function interactionAt(j: number, scale: Scale): Interaction {
  const owner = ownerOf(j, scale);
  const ids = [idOf(1, owner)];
  if (unit(j, 21) < 0.1 && owner + 1 < scale.contacts) ids.push(idOf(1, owner + 1));
  // Logged over three years in order, as a real book grows: the 'at' index fills from one end.
  const at = scale.now - 3 * YEAR + Math.floor(((j + unit(j, 22)) * 3 * YEAR) / scale.interactions);
  const email = unit(j, 23) < 0.8;
  return {
    id: idOf(3, j),
    contactIds: ids,
    timeline: ids.map((id) => [id, at] as [string, number]),
    channel: email ? 'email' : pick(['call', 'meeting', 'note'] as const, j, 24),
    direction: unit(j, 25) < 0.5 ? 'inbound' : 'outbound',
    at,
    subject: pick(SUBJECTS, j, 26),
    // Gmail message ids grow with time too.
    sourceKey: `gmail:#msg-f:${1_780_000_000_000 + j}`,
    ...(email ? { threadId: `bench-thread-${j >> 2}`, url: `https://mail.google.com/mail/u/0/#inbox/b${j >> 2}` } : {}),
    createdAt: at,
  };
}

export function dealAt(k: number, scale: Scale): Deal {
  const contact = ownerOf(k + 7_000_000, scale);
  const date = scale.now - Math.floor(unit(k, 30) * 3 * YEAR);
  return {
    id: idOf(4, k),
    contactId: idOf(1, contact),
    amount: 50 + (noise(k, 31) % 5000),
    currency: 'USD',
    date,
    status: unit(k, 32) < 0.8 ? 'won' : 'open',
    cost: noise(k, 33) % 500,
    createdAt: date,
  };
}

/**
 * Every contact's touch aggregates over interactions [0, total), as the interactions door (or the
 * version 6 upgrade) would have kept them: a log then reads what it reads in a real book. Folded in
 * index order, which is time order, so each entry lands at the end of its contact's window.
 */
export function touchAggregatesOf(total: number, scale: Scale): ContactTouches[] {
  const byContact = new Map<string, ContactTouches>();
  for (let j = 0; j < total; j++) {
    for (const [id, entry] of entriesOf(interactionAt(j, scale))) {
      let touches = byContact.get(id);
      if (!touches) {
        touches = noTouches(id);
        byContact.set(id, touches);
      }
      addTouch(touches, entry);
    }
  }
  return [...byContact.values()];
}
