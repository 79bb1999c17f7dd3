import type { AccountRole, AcquisitionSource } from '../../crm/contact-facts';
import type { CustomerType, Directness, Stage, Tier, WinBackStepCode } from '../../crm/types';
import type { Contact, NextStep } from '../../schema/records';
import { atomically } from '../atomic';
import { CrmError } from '../errors';
import type { CrmDb } from '../open';
import { linkOrganisation, storeLookup } from '../organisations/link';
import { putContact } from './put';

export interface ContactPatch {
  customerType?: CustomerType;
  directness?: Directness;
  /** A blank text removes the field. */
  title?: string;
  orgName?: string;
  ownerNotes?: string;
  tags?: string[];
  bad?: boolean;
  neverLog?: boolean;
  /** null clears. */
  role?: AccountRole | null;
  acquisition?: AcquisitionSource | null;
  shareOfWallet?: number | null;
}

export interface ContactChange {
  before: Contact;
  after: Contact;
}

type Edit = (contact: Contact, tx: EditTx) => Promise<Contact> | Contact;
type EditTx = ReturnType<typeof editTransaction>;

const editTransaction = (db: CrmDb) => db.transaction(['contacts', 'organisations', 'revisions'], 'readwrite');

/** Reads, changes and writes one contact in one transaction; a refused change writes nothing. */
export async function editContact(db: CrmDb, id: string, now: number, edit: Edit): Promise<ContactChange> {
  const tx = editTransaction(db);
  return atomically(tx, async () => {
    const before = await tx.objectStore('contacts').get(id);
    if (!before) throw new CrmError('contact-not-found');
    const after = await putContact(tx, await edit(structuredClone(before), tx), now);
    return { before, after };
  });
}

/** undefined leaves the field alone, null removes it. */
function setOptional<K extends 'role' | 'acquisition' | 'shareOfWallet'>(
  contact: Contact,
  key: K,
  value: Contact[K] | null | undefined,
): void {
  if (value === undefined) return;
  if (value === null) delete contact[key];
  else contact[key] = value;
}

function setText<K extends 'title' | 'orgName' | 'ownerNotes'>(contact: Contact, key: K, value: string): void {
  const trimmed = value.trim();
  if (trimmed === '') delete contact[key];
  else contact[key] = trimmed;
}

/** Field edits from the contact form. A new organisation name links the contact again by the one rule (organisations/link.ts). */
export function updateContactFields(db: CrmDb, id: string, patch: ContactPatch, now: number): Promise<ContactChange> {
  return editContact(db, id, now, async (contact, tx) => {
    if (patch.customerType !== undefined) contact.customerType = patch.customerType;
    if (patch.directness !== undefined) contact.directness = patch.directness;
    if (patch.bad !== undefined) contact.bad = patch.bad;
    if (patch.neverLog !== undefined) contact.neverLog = patch.neverLog;
    setOptional(contact, 'role', patch.role);
    setOptional(contact, 'acquisition', patch.acquisition);
    // The schema keeps it within 0–100; a NaN from a direct caller is no share at all.
    const share = patch.shareOfWallet;
    setOptional(
      contact,
      'shareOfWallet',
      share !== undefined && share !== null && !Number.isFinite(share) ? null : share,
    );
    if (patch.title !== undefined) setText(contact, 'title', patch.title);
    if (patch.ownerNotes !== undefined) setText(contact, 'ownerNotes', patch.ownerNotes);
    if (patch.tags !== undefined) contact.tags = [...new Set(patch.tags.map((tag) => tag.trim()).filter(Boolean))];
    if (patch.orgName !== undefined && patch.orgName.trim() !== (contact.orgName ?? '')) {
      setText(contact, 'orgName', patch.orgName);
      delete contact.orgId;
      // A cleared name clears the link: the user said this person works nowhere known.
      if (contact.orgName) return linkOrganisation(storeLookup(tx.objectStore('organisations')), contact);
    }
    return contact;
  });
}

/** Sets the rep responsible for the customer (客户经理); a blank name takes the owner away. */
export function setOwner(db: CrmDb, id: string, owner: string, now: number): Promise<ContactChange> {
  return editContact(db, id, now, (contact) => {
    const name = owner.trim();
    if (name) contact.owner = name;
    else delete contact.owner;
    return contact;
  });
}

function requireReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed === '') throw new CrmError('reason-required');
  return trimmed;
}

/** Sets (with a non-blank reason) or clears the manual tier. */
export function setTierOverride(
  db: CrmDb,
  id: string,
  override: { tier: Tier; reason: string } | null,
  now: number,
): Promise<ContactChange> {
  const reason = override ? requireReason(override.reason) : '';
  return editContact(db, id, now, (contact) => {
    if (override) contact.tierOverride = { tier: override.tier, reason };
    else delete contact.tierOverride;
    return contact;
  });
}

/** Sets (with a non-blank reason) or clears the manual lifecycle stage. */
export function setStageOverride(
  db: CrmDb,
  id: string,
  override: { stage: Stage; reason: string } | null,
  now: number,
): Promise<ContactChange> {
  const reason = override ? requireReason(override.reason) : '';
  return editContact(db, id, now, (contact) => {
    if (override) contact.stageOverride = { stage: override.stage, reason };
    else delete contact.stageOverride;
    return contact;
  });
}

export interface NextStepInput {
  text: string;
  due: number;
  code?: WinBackStepCode | undefined;
}

/** Plans (or clears) the next step; a planned step is a fresh reminder, not yet shown. */
export function setNextStep(db: CrmDb, id: string, step: NextStepInput | null, now: number): Promise<ContactChange> {
  const text = step?.text.trim() ?? '';
  if (step && text === '' && !step.code) throw new CrmError('text-required');
  return editContact(db, id, now, (contact) => {
    if (!step) {
      delete contact.nextStep;
      return contact;
    }
    const next: NextStep = { due: step.due, text };
    if (step.code) next.code = step.code;
    contact.nextStep = next;
    return contact;
  });
}
