import { beforeEach, describe, expect, it } from 'vitest';
import { DAY, handlerTestKit, insights, NOW } from '@/tests/kit/handlers';

let kit: Awaited<ReturnType<typeof handlerTestKit>>;
let db: typeof kit.db;
let handlers: typeof kit.handlers;

beforeEach(async () => {
  kit = await handlerTestKit();
  ({ db, handlers } = kit);
});

const addContact: typeof kit.addContact = (...args) => kit.addContact(...args);
const addPurchase: typeof kit.addPurchase = (...args) => kit.addPurchase(...args);

describe('editing a contact', () => {
  it('saves the fields and finds the contact by its new organisation', async () => {
    await addContact('ann');
    const saved = await handlers['contacts.update']({
      id: 'ann',
      patch: { title: ' Buyer ', orgName: 'Blue Harbour', tags: ['vip', ' vip', ''], customerType: 'intermediary' },
    });
    expect(saved).toMatchObject({
      title: 'Buyer',
      orgName: 'Blue Harbour',
      tags: ['vip'],
      customerType: 'intermediary',
    });
    expect((await handlers['contacts.search']({ query: 'harbour', limit: 5 })).map((c) => c.id)).toEqual(['ann']);
    const cleared = await handlers['contacts.update']({ id: 'ann', patch: { title: '  ' } });
    expect(cleared.title).toBeUndefined();
  });

  it('refuses a tier override without a reason, and writes nothing', async () => {
    await addContact('ann', { insights: insights() });
    await expect(
      handlers['contacts.overrideTier']({ id: 'ann', override: { tier: 'S', reason: '   ' } }),
    ).rejects.toThrow('reason-required');
    expect((await db.get('contacts', 'ann'))?.tierOverride).toBeUndefined();
  });

  it('puts a tier override with its reason in force, and clearing it restores the ranked tier', async () => {
    for (let n = 0; n < 10; n++) {
      await addContact(`c${n}`);
      await addPurchase(`c${n}`, NOW - 30 * DAY, 100 * (n + 1));
    }
    await handlers['workspace.recomputeInsights']({});
    const ranked = (await db.get('contacts', 'c0'))?.insights?.tier;
    expect(ranked).toBe('C');
    const set = await handlers['contacts.overrideTier']({
      id: 'c0',
      override: { tier: 'S', reason: ' Strategic partner ' },
    });
    expect(set.tierOverride).toEqual({ tier: 'S', reason: 'Strategic partner' });
    expect(set.insights).toMatchObject({ tier: 'S', tierSource: 'override', computedTier: 'C' });
    const cleared = await handlers['contacts.overrideTier']({ id: 'c0', override: null });
    expect(cleared.tierOverride).toBeUndefined();
    expect(cleared.insights).toMatchObject({ tier: 'C', tierSource: 'computed' });
  });

  it('overrides the stage with a reason, and refuses one without', async () => {
    await addContact('ann', { insights: insights() });
    await expect(
      handlers['contacts.overrideStage']({ id: 'ann', override: { stage: 'decline', reason: '' } }),
    ).rejects.toThrow('reason-required');
    const set = await handlers['contacts.overrideStage']({
      id: 'ann',
      override: { stage: 'decline', reason: 'Moved to a competitor' },
    });
    expect(set.insights).toMatchObject({ stage: 'decline', stageSource: 'override' });
    const cleared = await handlers['contacts.overrideStage']({ id: 'ann', override: null });
    expect(cleared.insights?.stageSource).toBe('derived');
  });

  it('plans and clears a next step, re-arming the reminder each time', async () => {
    await addContact('ann');
    const planned = await handlers['contacts.setNextStep']({
      id: 'ann',
      nextStep: { text: ' Send the quote ', due: NOW + DAY },
    });
    expect(planned.nextStep).toEqual({ text: 'Send the quote', due: NOW + DAY });
    await expect(handlers['contacts.setNextStep']({ id: 'ann', nextStep: { text: ' ', due: NOW } })).rejects.toThrow(
      'text-required',
    );
    const cleared = await handlers['contacts.setNextStep']({ id: 'ann', nextStep: null });
    expect(cleared.nextStep).toBeUndefined();
    expect(kit.reminders.rearmed).toBe(2);
  });

  it('reports a missing contact with a code', async () => {
    await expect(handlers['contacts.update']({ id: 'nobody', patch: { bad: true } })).rejects.toThrow(
      'contact-not-found',
    );
  });
});

describe('organisations', () => {
  it('keeps industry, size, address and decision makers who work there', async () => {
    await db.put('organisations', { id: 'org', name: 'Acme', domains: [], createdAt: NOW, updatedAt: NOW });
    await addContact('ann', { orgId: 'org', orgName: 'Acme' });
    await addContact('bob');
    const view = await handlers['organisations.update']({
      id: 'org',
      patch: { industry: 'Retail', size: '51-200', address: '1 Main St', decisionMakerIds: ['ann'] },
    });
    expect(view.organisation).toMatchObject({ industry: 'Retail', size: '51-200', address: '1 Main St' });
    expect(view.decisionMakers.map((c) => c.id)).toEqual(['ann']);
    await expect(
      handlers['organisations.update']({ id: 'org', patch: { industry: 'Other', decisionMakerIds: ['bob'] } }),
    ).rejects.toThrow('not-a-member');
    expect((await db.get('organisations', 'org'))?.industry).toBe('Retail');
    const detail = await handlers['contacts.detail']({ id: 'ann' });
    expect(detail?.organisation?.organisation.name).toBe('Acme');
  });
});
