import {
  isLoyalCustomer,
  type LookalikeResult,
  type LoyalProfile,
  lookalikeLift,
  loyalProfile,
} from '../../crm/lookalike';
import type { CustomerFeatures, OrgSize } from '../../crm/types';
import type { Contact, Organisation } from '../../schema/records';
import type { CrmDb } from '../open';

const ORG_SIZE: Record<NonNullable<Organisation['size']>, OrgSize> = {
  '1-10': 'solo',
  '11-50': 'small',
  '51-200': 'medium',
  '201-1000': 'large',
  '1000+': 'enterprise',
};

export function featuresOf(contact: Contact, org: Organisation | undefined): CustomerFeatures {
  return {
    customerType: contact.customerType,
    directness: contact.directness,
    industry: org?.industry ?? null,
    orgSize: org?.size ? ORG_SIZE[org.size] : null,
    // How they came to us, as the rep recorded it; where the record was imported from says nothing about them.
    channel: contact.acquisition ?? null,
  };
}

/** The loyal customers' and all customers' profiles: a reading of the whole book. */
interface BookProfiles {
  loyal: LoyalProfile;
  customers: LoyalProfile;
}

/**
 * How long a reading of the book is reused while the book's size and newest edit stay the same. The
 * profiles move only as tiers and stages do (a recompute rewrites them without an edit time): a card
 * opened, or refreshed by a team sync, must not walk the whole book each time.
 */
export const PROFILES_KEPT_MS = 60_000;

const kept = new WeakMap<CrmDb, { stamp: string; at: number; profiles: BookProfiles }>();

type ReadTx = ReturnType<typeof readTransaction>;
const readTransaction = (db: CrmDb) => db.transaction(['contacts', 'organisations', 'deals']);

/** What changes when contacts or organisations are added, removed or edited: one step of an index, two counts. */
async function bookStamp(tx: ReadTx): Promise<string> {
  const contacts = tx.objectStore('contacts');
  const [newest, people, organisations] = await Promise.all([
    contacts.index('updatedAt').openKeyCursor(null, 'prev'),
    contacts.count(),
    tx.objectStore('organisations').count(),
  ]);
  return JSON.stringify([newest?.key ?? null, people, organisations]);
}

async function readProfiles(tx: ReadTx): Promise<BookProfiles> {
  const orgs = new Map((await tx.objectStore('organisations').getAll()).map((o) => [o.id, o]));
  const loyal: CustomerFeatures[] = [];
  const customers: CustomerFeatures[] = [];
  let cursor = await tx.objectStore('contacts').openCursor();
  while (cursor) {
    const c = cursor.value;
    if (c.insights && !c.insights.prospect) {
      const features = featuresOf(c, c.orgId ? orgs.get(c.orgId) : undefined);
      customers.push(features);
      if (!c.bad && isLoyalCustomer(c.insights.tier, c.insights.stage)) loyal.push(features);
    }
    cursor = await cursor.continue();
  }
  return { loyal: loyalProfile(loyal), customers: loyalProfile(customers) };
}

async function bookProfiles(db: CrmDb, tx: ReadTx): Promise<BookProfiles> {
  const stamp = await bookStamp(tx);
  const reading = kept.get(db);
  const now = Date.now();
  if (reading && reading.stamp === stamp && now - reading.at < PROFILES_KEPT_MS) return reading.profiles;
  const profiles = await readProfiles(tx);
  kept.set(db, { stamp, at: now, profiles });
  return profiles;
}

/**
 * How much a prospect (no purchase yet) looks like the loyal customers (key tier, stable relationship, not bad),
 * against the base rate of all customers (everyone with value): the smoothed lift. Under 10 loyal customers it
 * says there are not enough yet. Null for a customer who has bought already.
 */
export async function lookalikeFor(db: CrmDb, contact: Contact): Promise<LookalikeResult | null> {
  const tx = readTransaction(db);
  const deals = await tx.objectStore('deals').index('contactId').getAll(contact.id);
  if (deals.some((d) => d.status === 'won')) return null;
  const [profiles, org] = await Promise.all([
    bookProfiles(db, tx),
    contact.orgId ? tx.objectStore('organisations').get(contact.orgId) : undefined,
  ]);
  return lookalikeLift(profiles.loyal, profiles.customers, featuresOf(contact, org));
}
