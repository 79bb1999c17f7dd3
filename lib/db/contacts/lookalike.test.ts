import { describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
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
  it('compares a prospect with the loyal customers (key tier, stable), and says nothing for a buyer', async () => {
    const db = await freshDb();
    await db.put('organisations', {
      id: 'whole',
      name: 'Wholesale Co',
      domains: [],
      industry: 'Wholesale',
      size: '201-1000',
      createdAt: NOW,
      updatedAt: NOW,
    });
    const loyal = { customerType: 'intermediary', orgId: 'whole', insights: insights('S', 'stability') } as const;
    await db.put('contacts', contact('loyal-1', loyal));
    await db.put('contacts', contact('loyal-2', { ...loyal, insights: insights('A', 'stability') }));
    await db.put('contacts', contact('not-loyal', { insights: insights('C', 'stability'), source: 'website' }));
    const lookalike = contact('prospect', { customerType: 'intermediary', orgId: 'whole' });
    const stranger = contact('stranger', { customerType: 'institutional', source: 'website' });
    await db.put('contacts', lookalike);
    await db.put('contacts', stranger);

    const close = await lookalikeFor(db, lookalike);
    expect(close?.score).toBe(100);
    expect(close?.matched).toEqual(expect.arrayContaining(['customerType', 'industry', 'orgSize', 'channel']));
    const far = await lookalikeFor(db, stranger);
    expect(far?.score).toBeLessThan(30);

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
});
