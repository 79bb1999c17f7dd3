import { describe, expect, it } from 'vitest';
import { demoHistories } from '../../tests/kit/demo-histories';
import { complaintStatus } from '../crm/complaints';
import { computeInsights, fitValueModel } from '../crm/insights';
import { tierGroup } from '../crm/tiers';
import { STAGES } from '../crm/types';
import { generateDemoWorkspace } from './generate';

const NOW = Date.UTC(2026, 10, 23);
const DAY = 86_400_000;

describe('the demo book', () => {
  const ws = generateDemoWorkspace({ contacts: 300, now: NOW });
  const histories = demoHistories(ws);
  const insights = computeInsights(histories, { now: NOW, model: fitValueModel(histories, NOW) });
  const all = [...insights.values()];

  it('is the same for the same seed and moment', () => {
    expect(generateDemoWorkspace({ contacts: 40, now: NOW })).toEqual(
      generateDemoWorkspace({ contacts: 40, now: NOW }),
    );
  });

  it('shows every lifecycle stage, with decline a minority rather than nearly everyone', () => {
    const counts = Object.fromEntries(STAGES.map((stage) => [stage, all.filter((i) => i.stage === stage).length]));
    console.info('demo stages', counts);
    for (const stage of STAGES) expect(counts[stage], stage).toBeGreaterThan(0);
    expect(counts.decline).toBeLessThan(all.length * 0.25);
    expect(counts.stability).toBeGreaterThan(all.length * 0.25);
  });

  it('makes Mei Chen a stable key account with no hole in her orders', () => {
    const mei = ws.contacts.find((c) => c.name === 'Mei Chen');
    const figures = insights.get(mei?.id ?? '');
    expect(figures).toMatchObject({ stage: 'stability', risk: 'low' });
    expect(tierGroup(figures?.tier ?? 'C')).toBe('key');
    const orders = ws.deals
      .filter((d) => d.status === 'won' && d.orgId === mei?.orgId && (d.contactId === mei?.id || !d.contactId))
      .map((d) => d.date)
      .sort((a, b) => a - b);
    const gaps = orders.slice(1).map((at, k) => (at - (orders[k] ?? at)) / DAY);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(30);
    expect(ws.deals.some((d) => d.orgId === mei?.orgId && !d.contactId)).toBe(true);
  });

  it('has prospects without a tier, and key customers a minority of buyers', () => {
    const prospects = all.filter((i) => i.prospect);
    expect(prospects.length).toBeGreaterThan(20);
    const buyers = all.filter((i) => !i.prospect);
    const key = buyers.filter((i) => tierGroup(i.computedTier ?? 'C') === 'key').length / buyers.length;
    expect(key).toBeGreaterThan(0.05);
    expect(key).toBeLessThan(0.4);
  });

  it('has complaints at every step, feedback, and open and lost deals', () => {
    const waiting = new Set(ws.complaints.map((c) => complaintStatus(c.state, NOW).currentStep ?? 'closed'));
    expect([...waiting].sort()).toEqual(['acknowledge', 'closed', 'follow-up', 'investigate', 'resolve']);
    expect(ws.complaints.some((c) => complaintStatus(c.state, NOW).overall === 'overdue')).toBe(true);
    expect(ws.feedback.some((f) => f.kind === 'nps')).toBe(true);
    expect(ws.deals.some((d) => d.status === 'open')).toBe(true);
    expect(ws.deals.some((d) => d.status === 'lost')).toBe(true);
  });

  it('keeps public-interest bodies and indirect customers out of the buyers', () => {
    const institutional = ws.contacts.filter((c) => c.customerType === 'institutional');
    const indirect = ws.contacts.filter((c) => c.directness === 'indirect');
    expect(institutional.length).toBeGreaterThan(0);
    expect(indirect.length).toBeGreaterThan(0);
    const buyers = new Set(ws.deals.filter((d) => d.status === 'won').map((d) => d.contactId));
    for (const c of [...institutional, ...indirect]) expect(buyers.has(c.id), c.name).toBe(false);
    const orgs = new Map(ws.organisations.map((o) => [o.id, o]));
    for (const c of institutional)
      expect(['Government', 'Association', 'Media']).toContain(orgs.get(c.orgId ?? '')?.industry);
  });

  it('writes only records in the past', () => {
    for (const d of ws.deals) expect(d.date).toBeLessThanOrEqual(NOW);
    for (const i of ws.interactions) expect(i.at).toBeLessThanOrEqual(NOW);
    for (const c of ws.complaints) expect(c.updatedAt).toBeLessThanOrEqual(NOW);
  });
});
