/** The ONE door to the deals store. */
import type { Deal } from '../../schema/records';
import { type RevisionsTx, stampLocalWrite } from '../revisions/put';
import type { WriteTx } from '../write-tx';

export type DealsTx = WriteTx<'deals', Deal> & RevisionsTx;

export async function putDeal(tx: DealsTx, deal: Deal): Promise<Deal> {
  await Promise.all([tx.objectStore('deals').put(deal), stampLocalWrite(tx, 'deals', deal.id, deal)]);
  return deal;
}

export async function deleteDeal(tx: DealsTx, id: string): Promise<void> {
  await tx.objectStore('deals').delete(id);
  await stampLocalWrite(tx, 'deals', id, null);
}

export function clearDeals(tx: DealsTx): Promise<void> {
  return tx.objectStore('deals').clear();
}
