import { beforeEach, describe, expect, it } from 'vitest';
import { markReminded, reminderSteps } from '@/lib/db/contacts/reminders';
import { readInPages, recordContactPages } from '@/tests/kit/contact-pages';
import { DAY, handlerTestKit, insights, NOW } from '@/tests/kit/handlers';

let kit: Awaited<ReturnType<typeof handlerTestKit>>;

beforeEach(async () => {
  kit = await handlerTestKit();
});

describe('customers at risk', () => {
  beforeEach(async () => {
    // Silent for 90 days against a usual 10-day gap: high risk for everyone below.
    const quiet = { lastTouch: NOW - 90 * DAY, rhythmDays: 10, pAlive: 0.2 };
    await kit.addContact('key', { insights: insights({ tier: 'S', value: 5000, ...quiet }) });
    await kit.addContact('big-normal', { insights: insights({ tier: 'B', value: 9000, clv: 8000, ...quiet }) });
    await kit.addContact('small', { insights: insights({ tier: 'C', value: 100, ...quiet }) });
    await kit.addContact('bad', { bad: true, insights: insights({ tier: 'A', value: 20000, ...quiet }) });
    await kit.addContact('fine', {
      insights: insights({ tier: 'S', value: 9000, lastTouch: NOW - DAY, pAlive: 0.99 }),
    });
  });

  it('lists who has most at stake first, with the playbook of their tier, and lets bad customers go', async () => {
    const list = await kit.handlers['contacts.atRisk']({ limit: 10 });
    expect(list.map((c) => c.id)).toEqual(['big-normal', 'key', 'small']);
    expect(list.map((c) => c.plan.strategy)).toEqual(['try-hard', 'must-win-back', 'when-cheap']);
    expect(list[1]).toMatchObject({ silenceDays: 90, rhythmDays: 10, risk: { level: 'high' } });
    expect(list[1]?.plan.steps[0]).toEqual({ code: 'personal-call', dueAt: NOW + 2 * DAY });
    expect(await kit.handlers['contacts.atRisk']({ limit: 1 })).toHaveLength(1);
  });

  it('applies a plan: its first step becomes the next step, coded for translation', async () => {
    const { contact, previous } = await kit.handlers['contacts.applyWinBack']({ contactId: 'key' });
    expect(previous).toBeNull();
    expect(contact.nextStep).toEqual({ code: 'personal-call', text: 'Personal call', due: NOW + 2 * DAY });
    expect(kit.reminders.rearmed).toBe(1);
    await expect(kit.handlers['contacts.applyWinBack']({ contactId: 'fine' })).rejects.toThrow('no-win-back-steps');
    await expect(kit.handlers['contacts.applyWinBack']({ contactId: 'bad' })).rejects.toThrow('no-win-back-steps');
  });
});

describe("today's follow-ups", () => {
  it('merges planned next steps with tier cadence, due ones first and key customers before small', async () => {
    await kit.addContact('s-overdue', { insights: insights({ tier: 'S', lastTouch: NOW - 10 * DAY }) });
    await kit.addContact('c-overdue', { insights: insights({ tier: 'C', lastTouch: NOW - 200 * DAY }) });
    await kit.addContact('b-recent', { insights: insights({ tier: 'B', lastTouch: NOW - DAY }) });
    await kit.addContact('planned', {
      insights: insights({ tier: 'C', lastTouch: NOW - 300 * DAY }),
      nextStep: { text: 'Send the quote', due: NOW - DAY },
    });
    await kit.addContact('planned-later', { nextStep: { text: 'Call', due: NOW + 3 * DAY } });
    await kit.addContact('bad', { bad: true, insights: insights({ tier: 'S', lastTouch: NOW - 99 * DAY }) });

    const today = await kit.handlers['contacts.followUps']({ withinDays: 0, limit: 10 });
    expect(today.map((f) => [f.contactId, f.kind])).toEqual([
      ['planned', 'next-step'],
      ['s-overdue', 'cadence'],
      ['c-overdue', 'cadence'],
    ]);
    expect(today[0]).toMatchObject({ text: 'Send the quote', overdueDays: 1 });
    expect(today[1]).toMatchObject({ cadenceDays: 7, overdueDays: 3 });

    const week = await kit.handlers['contacts.followUps']({ withinDays: 7, limit: 10 });
    expect(week.map((f) => f.contactId)).toEqual(['planned', 's-overdue', 'c-overdue', 'planned-later']);
    expect(await kit.handlers['contacts.followUps']({ withinDays: 7, limit: 2 })).toHaveLength(2);
  });

  it('follows the cadence set in settings', async () => {
    await kit.addContact('b', { insights: insights({ tier: 'B', lastTouch: NOW - 10 * DAY }) });
    expect(await kit.handlers['contacts.followUps']({ withinDays: 0, limit: 10 })).toEqual([]);
    const settings = await kit.handlers['settings.get']({});
    await kit.handlers['settings.set']({ ...settings, cadence: { ...settings.cadence, B: 5 } });
    expect((await kit.handlers['contacts.followUps']({ withinDays: 0, limit: 10 })).map((f) => f.contactId)).toEqual([
      'b',
    ]);
  });
});

describe('tier settings', () => {
  it('refuses cuts that do not grow from S to B, and keeps the old ones', async () => {
    const before = await kit.handlers['settings.get']({});
    await expect(kit.handlers['settings.set']({ ...before, cuts: { S: 0.3, A: 0.2, B: 0.5 } })).rejects.toThrow(
      'invalid-tier-cuts',
    );
    expect(await kit.handlers['settings.get']({})).toEqual(before);
  });

  it('re-ranks every customer with new cuts', async () => {
    for (let n = 0; n < 10; n++) {
      await kit.addContact(`c${n}`);
      await kit.addPurchase(`c${n}`, NOW - 30 * DAY, 100 * (n + 1));
    }
    await kit.handlers['workspace.recomputeInsights']({});
    expect((await kit.db.get('contacts', 'c8'))?.insights?.tier).toBe('A');
    const settings = await kit.handlers['settings.get']({});
    await kit.handlers['settings.set']({ ...settings, cuts: { S: 0.2, A: 0.4, B: 0.6 } });
    expect((await kit.db.get('contacts', 'c8'))?.insights?.tier).toBe('S');
  });
});

describe('reminder bookkeeping', () => {
  it('finds due steps not yet shown and the next one to come, and marks shown ones', async () => {
    await kit.addContact('due', { nextStep: { text: 'Call', due: NOW - DAY } });
    await kit.addContact('shown', { nextStep: { text: 'Mail', due: NOW - 2 * DAY, notifiedAt: NOW - 2 * DAY } });
    await kit.addContact('soon', { nextStep: { text: 'Visit', due: NOW + DAY } });
    await kit.addContact('later', { nextStep: { text: 'Offer', due: NOW + 9 * DAY } });
    await kit.addContact('none');
    const steps = await reminderSteps(kit.db, NOW);
    expect(steps.map((s) => s.contactId)).toEqual(['due', 'soon']);

    await kit.handlers['contacts.setNextStep']({ id: 'soon', nextStep: { text: 'Visit on Friday', due: NOW + DAY } });
    await markReminded(kit.db, steps, NOW);
    expect((await kit.db.get('contacts', 'due'))?.nextStep?.notifiedAt).toBe(NOW);
    // Changed since it was read: its own reminder is still to come.
    expect((await kit.db.get('contacts', 'soon'))?.nextStep?.notifiedAt).toBeUndefined();
  });
});

describe('lists drawn from a book larger than one page of contacts', () => {
  it('are the first of the whole book, wherever they stand in it, and read the book a page at a time', async () => {
    // 1,300 customers (three pages), each quieter and worth more than the one before: the list's head is at the end.
    for (let i = 0; i < 1_300; i++) {
      const quiet = { lastTouch: NOW - (60 + i) * DAY, rhythmDays: 10, pAlive: 0.2 };
      await kit.addContact(`c${String(i).padStart(4, '0')}`, {
        insights: insights({ tier: 'B', value: 100 + i, ...quiet }),
        ...(i % 100 === 7 ? { nextStep: { text: `Call ${i}`, due: NOW - i * DAY } } : {}),
      });
    }
    const pages = recordContactPages();
    try {
      const atRisk = await kit.handlers['contacts.atRisk']({ limit: 3 });
      expect(atRisk.map((c) => c.id)).toEqual(['c1299', 'c1298', 'c1297']);
      const followUps = await kit.handlers['contacts.followUps']({ withinDays: 0, limit: 4 });
      // Planned steps first, the longest overdue of them first; then cadence, which all share tier and due order.
      expect(followUps.map((f) => f.contactId)).toEqual(['c1207', 'c1107', 'c1007', 'c0907']);
    } finally {
      pages.stop();
    }
    expect(readInPages(pages.sizes, 6)).toBe(true);
  });

  it('win-back results count every lost customer of the book, read a page at a time', async () => {
    for (let i = 0; i < 1_100; i++) {
      await kit.addContact(`l${String(i).padStart(4, '0')}`, {
        insights: insights({ tier: i % 2 ? 'C' : 'B', stage: 'lost' }),
        ...(i % 10 === 3
          ? { loss: { recordedAt: NOW, outcome: { result: 'won-back', tier: 'A', at: NOW, cost: 10 } } }
          : {}),
      });
    }
    const pages = recordContactPages();
    try {
      const results = await kit.handlers['contacts.winBackResults']({});
      expect(results.find((r) => r.tier === 'A')).toMatchObject({ wonBack: 110, cost: 1100, open: 0 });
      expect(results.find((r) => r.tier === 'B')).toMatchObject({ open: 550, wonBack: 0 });
      // Those won back (every tenth, all tier C here) are counted under the tier they had then, not as open.
      expect(results.find((r) => r.tier === 'C')).toMatchObject({ open: 440, wonBack: 0 });
    } finally {
      pages.stop();
    }
    expect(readInPages(pages.sizes, 3)).toBe(true);
  });
});
