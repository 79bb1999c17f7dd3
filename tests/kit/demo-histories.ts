// The customer histories the product builds from the database (lib/db/insights.ts), taken straight from a
// generated demo workspace.
import type { CustomerHistory } from '../../lib/crm/insights';
import type { DemoWorkspace } from '../../lib/demo/generate';

export function demoHistories(ws: DemoWorkspace): CustomerHistory[] {
  const orgDeals = new Map<string, CustomerHistory['purchases']>();
  for (const d of ws.deals) {
    if (d.status === 'won' && !d.contactId && d.orgId) {
      orgDeals.set(d.orgId, [...(orgDeals.get(d.orgId) ?? []), { at: d.date, amount: d.amount, cost: d.cost }]);
    }
  }
  const byId = new Map<string, CustomerHistory>(
    ws.contacts.map((c) => [
      c.id,
      {
        id: c.id,
        orgId: c.orgId,
        accountPurchases: c.orgId ? orgDeals.get(c.orgId) : undefined,
        purchases: [],
        touches: [],
        inbound: [],
        bad: c.bad,
      },
    ]),
  );
  for (const d of ws.deals) {
    if (d.status === 'won' && d.contactId)
      byId.get(d.contactId)?.purchases.push({ at: d.date, amount: d.amount, cost: d.cost });
  }
  for (const i of ws.interactions) {
    for (const [id, at] of i.timeline) {
      byId.get(id)?.touches.push(at);
      if (i.direction === 'inbound') byId.get(id)?.inbound?.push(at);
    }
  }
  return [...byId.values()];
}
