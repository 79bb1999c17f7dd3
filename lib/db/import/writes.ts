import { planMerge } from '../../identity/merge';
import { type ContactImport, contactFromImport } from '../../io/contact-import';
import type { PlannedContact } from '../../io/dedupe-plan';
import type { Contact, Organisation } from '../../schema/records';
import type { TimeSlice } from '../time-slice';
import { OrganisationLinker } from './organisation-linker';
import { sameRecord } from './same-record';

/** What to do with a row that is someone already known: fill in and extend that contact, or leave it out. */
export type DuplicateChoice = 'merge' | 'skip';

export interface ImportChoices {
  /** Rows matching a contact already in Rapport. */
  existing: DuplicateChoice;
  /** Rows repeating an earlier row of the same file. */
  inFile: DuplicateChoice;
}

export interface ImportOutcome {
  created: number;
  /** Existing contacts that gained an address, a phone, a tag or an empty field. */
  updated: number;
  /** Existing contacts matched by the file that already had everything it says. */
  unchanged: number;
  /** Rows left out because the user chose to skip their kind of duplicate. */
  skipped: number;
  /** Rows folded into an earlier row of the same file. */
  combined: number;
  organisationsCreated: number;
}

export interface ImportWrites {
  /** New contacts, with fresh ids. */
  add: Contact[];
  put: Contact[];
  organisations: readonly Organisation[];
  outcome: ImportOutcome;
}

export interface ImportClock {
  now: number;
  newId: () => string;
}

/** An id no stored contact has: planMerge refuses to merge a contact with itself. */
const INCOMING = '\u0000incoming';

/**
 * Turns a dedupe plan into the records to write. Writes nothing; with `slice`, it pauses between
 * slices of rows so the worker answers other messages meanwhile.
 * A row repeating an earlier one follows it: merged into whatever the earlier row became, or
 * skipped if the earlier row was skipped.
 */
export async function planImportWrites(
  plan: readonly PlannedContact[],
  existing: readonly Contact[],
  organisations: readonly Organisation[],
  choices: ImportChoices,
  clock: ImportClock,
  slice?: TimeSlice,
): Promise<ImportWrites> {
  const stored = new Map(existing.map((c) => [c.id, c]));
  const created = new Map<string, Contact>();
  const merged = new Map<string, Contact>();
  const targetOfLine = new Map<number, string>();
  const outcome: ImportOutcome = {
    created: 0,
    updated: 0,
    unchanged: 0,
    skipped: 0,
    combined: 0,
    organisationsCreated: 0,
  };

  const mergeInto = (id: string, draft: ContactImport) => {
    const fresh = created.get(id);
    const target = fresh ?? merged.get(id) ?? stored.get(id);
    if (!target) return;
    const result = mergeDraft(target, draft, clock.now);
    (fresh ? created : merged).set(id, result);
  };

  for (const { draft, decision } of plan) {
    if (slice?.due()) await slice.pause();
    if (decision.kind === 'new') {
      const contact = contactFromImport(draft, clock.newId(), clock.now);
      created.set(contact.id, contact);
      targetOfLine.set(draft.line, contact.id);
    } else if (decision.kind === 'duplicate-of-existing') {
      if (choices.existing === 'skip') {
        outcome.skipped++;
        continue;
      }
      mergeInto(decision.existingId, draft);
      targetOfLine.set(draft.line, decision.existingId);
    } else {
      const target = targetOfLine.get(decision.firstLine);
      if (choices.inFile === 'skip' || target === undefined) {
        outcome.skipped++;
        continue;
      }
      mergeInto(target, draft);
      targetOfLine.set(draft.line, target);
      outcome.combined++;
    }
  }

  const linker = new OrganisationLinker(organisations, clock.now, clock.newId);
  const add: Contact[] = [];
  for (const contact of created.values()) {
    if (slice?.due()) await slice.pause();
    add.push(linker.link(contact));
  }
  const put: Contact[] = [];
  for (const [id, contact] of merged) {
    if (slice?.due()) await slice.pause();
    const before = stored.get(id);
    const linked = linker.link(contact);
    if (before && sameRecord({ ...linked, updatedAt: before.updatedAt }, before)) outcome.unchanged++;
    else put.push({ ...linked, updatedAt: clock.now });
  }
  outcome.created = add.length;
  outcome.updated = put.length;
  outcome.organisationsCreated = linker.created().length;
  return { add, put, organisations: linker.created(), outcome };
}

/** The contact with the row's addresses, phones and tags added and its empty fields filled. */
function mergeDraft(target: Contact, draft: ContactImport, now: number): Contact {
  const incoming = contactFromImport(draft, INCOMING, now);
  const { merged } = planMerge(target, incoming);
  merged.updatedAt = target.updatedAt;
  return merged;
}
