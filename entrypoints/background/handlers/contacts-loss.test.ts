import { beforeEach, describe, expect, it } from 'vitest';
import { handlerTestKit, insights, NOW } from '@/tests/kit/handlers';

let kit: Awaited<ReturnType<typeof handlerTestKit>>;

beforeEach(async () => {
  kit = await handlerTestKit();
});

describe('a lost customer: cause and win-back outcome', () => {
  it('records why they left and how the win-back ended, counted under their tier', async () => {
    await kit.addContact('ann', { insights: insights({ tier: 'S', stage: 'lost', derivedStage: 'lost' }) });
    await kit.addContact('bob', { insights: insights({ tier: 'B', stage: 'lost', derivedStage: 'lost' }) });
    await kit.addContact('cy', { insights: insights({ tier: 'C', stage: 'lost', derivedStage: 'lost' }) });
    const caused = await kit.handlers['contacts.recordLoss']({ id: 'ann', cause: 'went-to-competitor' });
    expect(caused.loss).toMatchObject({ cause: 'went-to-competitor', recordedAt: NOW });
    const ended = await kit.handlers['contacts.recordWinBack']({
      id: 'ann',
      outcome: { result: 'won-back', cost: 1200 },
    });
    expect(ended.loss).toMatchObject({
      cause: 'went-to-competitor',
      outcome: { result: 'won-back', cost: 1200, tier: 'S', at: NOW },
    });
    await kit.handlers['contacts.recordWinBack']({ id: 'bob', outcome: { result: 'lost-for-good', cost: 300 } });
    const results = await kit.handlers['contacts.winBackResults']({});
    expect(results.find((r) => r.tier === 'S')).toMatchObject({ wonBack: 1, lostForGood: 0, open: 0, cost: 1200 });
    expect(results.find((r) => r.tier === 'B')).toMatchObject({ wonBack: 0, lostForGood: 1, cost: 300 });
    expect(results.find((r) => r.tier === 'C')).toMatchObject({ open: 1, wonBack: 0, cost: 0 });
  });

  it('forgets the cause or the outcome when told to', async () => {
    await kit.addContact('ann', { insights: insights({ tier: 'A', stage: 'lost' }) });
    await kit.handlers['contacts.recordLoss']({ id: 'ann', cause: 'price' });
    await kit.handlers['contacts.recordWinBack']({ id: 'ann', outcome: { result: 'let-go' } });
    const noCause = await kit.handlers['contacts.recordLoss']({ id: 'ann', cause: null });
    expect(noCause.loss?.cause).toBeUndefined();
    expect(noCause.loss?.outcome).toMatchObject({ result: 'let-go', tier: 'A' });
    expect(noCause.loss?.outcome?.cost).toBeUndefined();
    const noOutcome = await kit.handlers['contacts.recordWinBack']({ id: 'ann', outcome: null });
    expect(noOutcome.loss?.outcome).toBeUndefined();
  });

  it('refuses a customer who is not lost, and writes nothing', async () => {
    await kit.addContact('ann', { insights: insights({ tier: 'B', stage: 'stability' }) });
    await expect(kit.handlers['contacts.recordLoss']({ id: 'ann', cause: 'price' })).rejects.toThrow(
      'customer-not-lost',
    );
    expect((await kit.db.get('contacts', 'ann'))?.loss).toBeUndefined();
  });
});
