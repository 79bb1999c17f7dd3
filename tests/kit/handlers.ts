import { createHandlers, type HandlerDeps } from '@/entrypoints/background/handlers';
import type { ValueModel } from '@/lib/crm/insights';
import { newContact } from '@/lib/db/contacts/contacts';
import type { CrmDb } from '@/lib/db/open';
import type { Contact, Insights } from '@/lib/schema/records';
import { DEFAULT_CRM_SETTINGS } from '@/lib/settings';
import { freshDb } from '@/tests/kit/db';

export const NOW = Date.UTC(2026, 10, 23, 9);
export const DAY = 86_400_000;

/**
 * A fresh database and the background's handlers over it, with the value model, settings and
 * reminders kept in memory. `ownAddresses` are the user's addresses (none unless given).
 */
export async function handlerTestKit(options: { ownAddresses?: HandlerDeps['ownAddresses'] } = {}) {
  const db: CrmDb = await freshDb();
  let model: ValueModel | null = null;
  let settings = structuredClone(DEFAULT_CRM_SETTINGS);
  const reminders = { rearmed: 0 };
  const handlers = createHandlers({
    db: async () => db,
    now: () => NOW,
    ownAddresses: options.ownAddresses ?? (async () => []),
    valueModel: {
      get: async () => model,
      set: async (m) => {
        model = m;
      },
    },
    crmSettings: {
      get: async () => settings,
      set: async (s) => {
        settings = s;
      },
    },
    reminders: { rearm: async () => void reminders.rearmed++ },
  });

  const addContact = async (id: string, over: Partial<Contact> = {}): Promise<Contact> => {
    const contact = { ...newContact({ name: id, email: `${id}@acme.example`, source: 'manual' }, id, NOW), ...over };
    await db.put('contacts', contact);
    return contact;
  };
  const addPurchase = async (contactId: string, at: number, amount: number) => {
    await db.put('deals', {
      id: `${contactId}-${at}`,
      contactId,
      amount,
      currency: 'USD',
      date: at,
      status: 'won',
      createdAt: at,
    });
  };
  return { db, handlers, reminders, addContact, addPurchase };
}

export function insights(over: Partial<Insights> = {}): Insights {
  return {
    tier: 'B',
    tierSource: 'computed',
    computedTier: 'B',
    stage: 'stability',
    stageSource: 'derived',
    stageReasons: [],
    riskReasons: [],
    value: 1000,
    method: 'bgnbd',
    computedAt: NOW,
    ...over,
  };
}
