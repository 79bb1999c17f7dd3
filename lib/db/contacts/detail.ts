import type { ChurnRisk, WinBackPlan } from '../../crm/churn';
import type { LookalikeResult } from '../../crm/lookalike';
import type { Feedback } from '../../schema/crm-records';
import type { Contact, Deal, Interaction, Note } from '../../schema/records';
import { type ComplaintView, complaintsOf } from '../complaints/complaints';
import { feedbackOf, type LoyaltySummary, loyaltySummary } from '../complaints/feedback';
import { interactionsOf } from '../interactions/interactions';
import { notesOf } from '../notes/notes';
import type { CrmDb } from '../open';
import { type OrganisationView, organisationView } from '../organisations/organisations';
import { winBackFor } from './at-risk';
import { lookalikeFor } from './lookalike';

/** Everything the contact page shows, read in one request. */
export interface ContactDetail {
  contact: Contact;
  organisation: OrganisationView | null;
  interactions: Interaction[];
  notes: Note[];
  deals: Deal[];
  complaints: ComplaintView[];
  feedback: Feedback[];
  loyalty: LoyaltySummary;
  winBack: { risk: ChurnRisk; plan: WinBackPlan } | null;
  /** Only for prospects (no purchase yet). */
  lookalike: LookalikeResult | null;
}

const TIMELINE_LIMIT = 500;
const NOTES_LIMIT = 200;

export async function contactDetail(db: CrmDb, id: string, now: number): Promise<ContactDetail | null> {
  const contact = await db.get('contacts', id);
  if (!contact) return null;
  const [organisation, interactions, notes, deals, complaints, feedback, loyalty, lookalike] = await Promise.all([
    contact.orgId ? organisationView(db, contact.orgId) : null,
    interactionsOf(db, id, TIMELINE_LIMIT),
    notesOf(db, id, NOTES_LIMIT),
    db.getAllFromIndex('deals', 'contactId', id),
    complaintsOf(db, id, now),
    feedbackOf(db, id),
    loyaltySummary(db, id, now),
    lookalikeFor(db, contact),
  ]);
  return {
    contact,
    organisation,
    interactions,
    notes,
    deals: deals.sort((a, b) => b.date - a.date),
    complaints,
    feedback,
    loyalty,
    winBack: winBackFor(contact, now),
    lookalike,
  };
}
