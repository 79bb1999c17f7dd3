import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { countRecordsRead } from '../../../tests/kit/records-read';
import type { Contact, Insights } from '../../schema/records';
import { newContact } from './contacts';
import { lookalikeFor } from './lookalike';

const NOW = Date.UTC(2026, 10, 23, 9);

function insights(tier: Insights['tier'], stage: Insights['stage']): Insights {
  return {
    tier,
    tierSource: 'computed',
    stage,
    stageSource: 'derived',
    stageReasons: [],
    riskReasons: [],
    value: 0,
    method: 'none',
    computedAt: NOW,
  };
}

function contact(id: string, over: Partial<Contact>): Contact {
  return { ...newContact({ name: id, source: 'referral' }, id, NOW), ...over };
}

describe('look-alike score of a prospect', () => {
  async function book(loyalCount: number) {
    const db = await freshDb();
    for (const [id, industry] of [
      ['whole', 'Wholesale'],
      ['shop', 'Retail'],
    ] as const) {
      await db.put('organisations', { id, name: id, domains: [], industry, createdAt: NOW, updatedAt: NOW });
    }
    // Loyal customers: intermediaries at the wholesaler, came by referral.
    for (let i = 0; i < loyalCount; i++) {
      await db.put(
        'contacts',
        contact(`loyal-${i}`, {
          customerType: 'intermediary',
          orgId: 'whole',
          acquisition: 'referral',
          insights: insights(i % 2 ? 'S' : 'A', 'stability'),
        }),
      );
    }
    // Other customers: consumers at the shop, came from events.
    for (let i = 0; i < 20; i++) {
      await db.put(
        'contacts',
        contact(`small-${i}`, {
          customerType: 'consumer',
          orgId: 'shop',
          acquisition: 'event',
          insights: insights('C', 'stability'),
        }),
      );
    }
    return db;
  }

  it('scores a prospect by lift over all customers, the loyal ones’ channel being how they came to us', async () => {
    const db = await book(12);
    const lookalike = contact('prospect', { customerType: 'intermediary', orgId: 'whole', acquisition: 'referral' });
    const stranger = contact('stranger', { customerType: 'consumer', orgId: 'shop', acquisition: 'event' });
    await db.put('contacts', lookalike);
    await db.put('contacts', stranger);

    const close = await lookalikeFor(db, lookalike);
    const far = await lookalikeFor(db, stranger);
    expect(close?.score).toBeGreaterThan(60);
    expect(close?.matched).toEqual(expect.arrayContaining(['customerType', 'industry', 'channel']));
    expect(far?.score).toBeLessThan(40);
    expect(far?.matched).toEqual([]);

    // The record's import source is not the channel: the same prospect imported from a CSV scores the same.
    const imported = { ...lookalike, id: 'imported', source: 'csv' };
    await db.put('contacts', imported);
    expect((await lookalikeFor(db, imported))?.score).toBe(close?.score);

    await db.put('deals', {
      id: 'd',
      contactId: 'prospect',
      amount: 10,
      currency: 'USD',
      date: NOW,
      status: 'won',
      createdAt: NOW,
    });
    expect(await lookalikeFor(db, lookalike)).toBeNull();
  });

  it('says there are not enough loyal customers yet under ten, and gives no score', async () => {
    const db = await book(9);
    const prospect = contact('prospect', { customerType: 'intermediary', orgId: 'whole', acquisition: 'referral' });
    await db.put('contacts', prospect);
    const result = await lookalikeFor(db, prospect);
    expect(result?.score).toBe(0);
    expect(result?.reasons).toEqual([{ code: 'few-loyal-customers', params: { count: 9, min: 10 } }]);
  });

  it('reads the whole book once, then again only when it changed: a card read again costs the same in a book ten times larger', async () => {
    const readsOfASecondCard = async (loyalCount: number) => {
      const db = await book(loyalCount);
      const prospect = contact('prospect', { customerType: 'intermediary', orgId: 'whole', acquisition: 'referral' });
      await db.put('contacts', prospect);
      const first = await lookalikeFor(db, prospect);
      const reads = countRecordsRead();
      const again = await lookalikeFor(db, prospect);
      reads.stop();
      expect(again).toEqual(first);
      return { db, prospect, first, reads: reads.byStore() };
    };
    const small = await readsOfASecondCard(12);
    const large = await readsOfASecondCard(300);
    expect(large.reads).toEqual(small.reads);
    // Its deals, its organisation, one step of the edit-time index (besides two counts).
    expect(small.reads).toEqual({ contacts: 1, deals: 0, organisations: 1 });

    // A customer more changes the book's size: the next card reads it afresh.
    const { db, prospect, first } = small;
    for (let i = 0; i < 10; i++)
      await db.put(
        'contacts',
        contact(`new-loyal-${i}`, {
          customerType: 'intermediary',
          orgId: 'whole',
          acquisition: 'referral',
          insights: insights('S', 'stability'),
          updatedAt: NOW + 1,
        }),
      );
    const after = await lookalikeFor(db, prospect);
    expect(after).not.toEqual(first);
  });
});
