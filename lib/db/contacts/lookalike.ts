import { isLoyalCustomer, type LookalikeResult, lookalikeLift, loyalProfile } from '../../crm/lookalike';
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

/**
 * How much a prospect (no purchase yet) looks like the loyal customers (key tier, stable relationship, not bad),
 * against the base rate of all customers (everyone with value): the smoothed lift. Under 10 loyal customers it
 * says there are not enough yet. Null for a customer who has bought already.
 */
export async function lookalikeFor(db: CrmDb, contact: Contact): Promise<LookalikeResult | null> {
  const tx = db.transaction(['contacts', 'organisations', 'deals']);
  const deals = await tx.objectStore('deals').index('contactId').getAll(contact.id);
  if (deals.some((d) => d.status === 'won')) return null;
  const orgs = new Map((await tx.objectStore('organisations').getAll()).map((o) => [o.id, o]));
  const orgOf = (c: Contact) => (c.orgId ? orgs.get(c.orgId) : undefined);
  const loyal: CustomerFeatures[] = [];
  const customers: CustomerFeatures[] = [];
  let cursor = await tx.objectStore('contacts').openCursor();
  while (cursor) {
    const c = cursor.value;
    if (c.insights && !c.insights.prospect) {
      const features = featuresOf(c, orgOf(c));
      customers.push(features);
      if (!c.bad && isLoyalCustomer(c.insights.tier, c.insights.stage)) loyal.push(features);
    }
    cursor = await cursor.continue();
  }
  return lookalikeLift(loyalProfile(loyal), loyalProfile(customers), featuresOf(contact, orgOf(contact)));
}
