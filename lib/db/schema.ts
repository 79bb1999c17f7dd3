import type { DBSchema } from 'idb';
import type { Contact, Deal, Interaction, Note, Organisation } from '../schema/records';

export interface CrmSchema extends DBSchema {
  contacts: {
    key: string;
    value: Contact;
    indexes: {
      emails: string;
      linkedin: string;
      orgId: string;
      search: string;
      updatedAt: number;
    };
  };
  organisations: {
    key: string;
    value: Organisation;
    indexes: { domains: string; name: string };
  };
  interactions: {
    key: string;
    value: Interaction;
    indexes: { timeline: [string, number]; at: number; sourceKey: string };
  };
  deals: {
    key: string;
    value: Deal;
    indexes: { contactId: string; orgId: string; date: number };
  };
  notes: {
    key: string;
    value: Note;
    indexes: { contactId: string; createdAt: number };
  };
}

export type StoreName = 'contacts' | 'organisations' | 'interactions' | 'deals' | 'notes';
export const ALL_STORES: StoreName[] = ['contacts', 'organisations', 'interactions', 'deals', 'notes'];
