import type { Contact } from '@/lib/schema/records';

/** A valid contact with nothing but what `over` gives it (tests build the records they write from this). */
export function contactRecord(over: Partial<Contact> & { id: string }): Contact {
  return {
    name: '',
    emails: [],
    phones: [],
    customerType: 'consumer',
    directness: 'direct',
    source: 'manual',
    tags: [],
    bad: false,
    neverLog: false,
    search: [],
    createdAt: 1,
    updatedAt: 1,
    ...over,
  };
}
