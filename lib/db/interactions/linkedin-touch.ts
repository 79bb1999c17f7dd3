/**
 * LinkedIn touches (a message, a connection request, a comment, a profile visit) as interactions. LinkedIn
 * shows no addresses: people are found, or saved, by their canonical profile slug.
 */
import { normaliseLinkedInSlug } from '../../identity/linkedin';
import { normalisePersonName } from '../../identity/match';
import type { Contact, Interaction } from '../../schema/records';
import type { DetectedMessage, DetectedPerson } from '../../sites/types';
import { atomically } from '../atomic';
import { contactByProfile } from '../contacts/by-profile';
import { newContact } from '../contacts/contacts';
import { addContact, putContact } from '../contacts/put';
import { newId } from '../ids';
import type { CrmDb } from '../open';
import { addInteraction } from './put';

export type TouchKind = 'message' | 'connection' | 'comment' | 'visit';

export interface LinkedInTouch {
  kind: TouchKind;
  people: DetectedPerson[];
  messages?: DetectedMessage[];
  threadId?: string;
  subject?: string;
  url?: string;
}

export interface TouchResult {
  interactionIds: string[];
  createdContactIds: string[];
  contactIds: string[];
  skipped: number;
  neverLogged: number;
}

/** Ids the reader made up from positions ("li:<thread>:<n>") move when older messages load: not keys. */
const realId = (m: DetectedMessage) => !m.id.startsWith('li:');
const dayOf = (at: number) => new Date(at).toISOString().slice(0, 10);

/**
 * Logs the touch for every person shown (creating those not saved yet; "never log" contacts left out).
 * Messages with LinkedIn's own id become one interaction each, keyed `linkedin:<id>`; anything else is one
 * interaction per person-set, kind and day, so a second click the same day changes nothing.
 */
export async function logLinkedInTouch(db: CrmDb, touch: LinkedInTouch, now: number): Promise<TouchResult> {
  const tx = db.transaction(['contacts', 'interactions', 'contactTouches', 'revisions'], 'readwrite');
  return atomically(tx, async () => {
    const contacts = tx.objectStore('contacts');
    const interactions = tx.objectStore('interactions');
    const result: TouchResult = {
      interactionIds: [],
      createdContactIds: [],
      contactIds: [],
      skipped: 0,
      neverLogged: 0,
    };
    const involved = new Map<string, Contact>();
    const theirNames = new Set<string>();
    for (const person of touch.people) {
      const slug = normaliseLinkedInSlug(person.profileUrl);
      if (!slug) continue;
      theirNames.add(normalisePersonName(person.name));
      let contact = await contactByProfile(contacts, slug);
      if (!contact) {
        const draft = { name: person.name, linkedin: slug, source: 'linkedin' };
        contact = newContact(
          {
            ...draft,
            ...(person.title ? { title: person.title } : {}),
            ...(person.company ? { orgName: person.company } : {}),
          },
          newId(),
          now,
        );
        contact = await addContact(tx, contact, now);
        result.createdContactIds.push(contact.id);
      }
      if (contact.neverLog) result.neverLogged++;
      else involved.set(contact.id, contact);
    }
    if (!involved.size) return result;
    const contactIds = [...involved.keys()];
    let latest = 0;
    const add = async (sourceKey: string, at: number, direction: Interaction['direction']) => {
      if (await interactions.index('sourceKey').getKey(sourceKey)) {
        result.skipped++;
        return;
      }
      const interaction: Interaction = {
        id: newId(),
        contactIds,
        timeline: contactIds.map((id) => [id, at] as [string, number]),
        channel: 'linkedin',
        direction,
        at,
        sourceKey,
        createdAt: now,
      };
      if (touch.subject) interaction.subject = touch.subject.slice(0, 1000);
      if (touch.url) interaction.url = touch.url;
      if (touch.threadId) interaction.threadId = touch.threadId.slice(0, 200);
      await addInteraction(tx, interaction);
      result.interactionIds.push(interaction.id);
      latest = Math.max(latest, at);
    };
    const messages = touch.kind === 'message' ? (touch.messages ?? []).filter(realId) : [];
    for (const m of new Map(messages.map((x) => [x.id, x])).values()) {
      const theirs = theirNames.has(normalisePersonName(m.fromName));
      await add(`linkedin:${m.id}`, m.at ?? now, theirs ? 'inbound' : 'outbound');
    }
    if (!messages.length) {
      const who = touch.threadId ?? contactIds.sort().join(',');
      await add(`linkedin:${touch.kind}:${who}:${dayOf(now)}`.slice(0, 300), now, 'outbound');
    }
    if (!result.interactionIds.length) return result;
    for (const contact of involved.values()) {
      const lastTouch = Math.max(contact.insights?.lastTouch ?? 0, latest);
      const insights = contact.insights ? { insights: { ...contact.insights, lastTouch } } : {};
      await putContact(tx, { ...contact, ...insights }, now);
    }
    result.contactIds = contactIds;
    return result;
  });
}
