import { beforeEach, describe, expect, it } from 'vitest';
import { summaryOf } from '@/lib/db/organisations/organisations';
import { DAY, handlerTestKit, insights, NOW } from '@/tests/kit/handlers';

let kit: Awaited<ReturnType<typeof handlerTestKit>>;

/** A buyer at one company and, at another that never bought, a prospect with a next step due today. */
beforeEach(async () => {
  kit = await handlerTestKit();
  const save = (name: string, email: string, company: string) =>
    kit.handlers['contacts.save']({ name, email, company, source: 'manual' });
  const buyer = await save('Bea Buyer', 'bea@acme.example', 'Acme');
  const prospect = await save('Pia Prospect', 'pia@nova.example', 'Nova');
  for (let month = 1; month <= 6; month++) await kit.addPurchase(buyer.contact.id, NOW - month * 30 * DAY, 500);
  await kit.handlers['workspace.recomputeInsights']({});
  await kit.handlers['contacts.setNextStep']({ id: prospect.contact.id, nextStep: { text: 'Call', due: NOW } });
  await kit.handlers['contacts.setNextStep']({ id: buyer.contact.id, nextStep: { text: 'Quote', due: NOW } });
});

describe('a prospect in the lists', () => {
  it('is found by search as a prospect, without a tier', async () => {
    const [pia] = await kit.handlers['contacts.search']({ query: 'Pia', limit: 5 });
    expect(pia).toMatchObject({ name: 'Pia Prospect', prospect: true });
    expect(pia?.tier).toBeUndefined();
    const [bea] = await kit.handlers['contacts.search']({ query: 'Bea', limit: 5 });
    expect(bea?.tier).toBeDefined();
    expect(bea?.prospect).toBeUndefined();
  });

  it('is due for follow-up as a prospect', async () => {
    const due = await kit.handlers['contacts.followUps']({ withinDays: 0, limit: 10 });
    expect(due.find((f) => f.name === 'Pia Prospect')?.prospect).toBe(true);
    expect(due.find((f) => f.name === 'Bea Buyer')?.prospect).toBeUndefined();
  });

  it("is listed among the organisation's people as a prospect", async () => {
    const pia = await kit.addContact('pia', { orgId: 'nova', insights: insights({ tier: 'C', prospect: true }) });
    expect(summaryOf(pia)).toEqual({ id: 'pia', name: 'pia', title: undefined, prospect: true });
    const overridden = insights({ tier: 'A', tierSource: 'override', computedTier: 'C', prospect: true });
    expect(summaryOf({ ...pia, insights: overridden })).toMatchObject({ tier: 'A' });
    expect(summaryOf({ ...pia, insights: overridden }).prospect).toBeUndefined();
  });

  it('shows its tier again once an override names one', async () => {
    const pia = (await kit.handlers['contacts.search']({ query: 'Pia', limit: 1 }))[0];
    const id = pia?.id ?? '';
    await kit.handlers['contacts.overrideTier']({ id, override: { tier: 'A', reason: 'Strategic account' } });
    const [again] = await kit.handlers['contacts.search']({ query: 'Pia', limit: 1 });
    expect(again).toMatchObject({ tier: 'A' });
    expect(again?.prospect).toBeUndefined();
  });
});
