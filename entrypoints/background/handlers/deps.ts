import type { ValueModel } from '@/lib/crm/insights';
import type { CrmDb } from '@/lib/db/open';

/** What handlers need from the outside world; tests pass their own. */
export interface HandlerDeps {
  db: () => Promise<CrmDb>;
  now: () => number;
  ownAddresses: () => Promise<string[]>;
  valueModel: { get(): Promise<ValueModel | null>; set(model: ValueModel): Promise<void> };
}
