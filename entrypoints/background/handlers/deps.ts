import type { ValueModel } from '@/lib/crm/insights';
import type { CrmDb } from '@/lib/db/open';
import type { CrmSettings } from '@/lib/settings';

/** What handlers need from the outside world; tests pass their own. */
export interface HandlerDeps {
  db: () => Promise<CrmDb>;
  now: () => number;
  ownAddresses: () => Promise<string[]>;
  valueModel: { get(): Promise<ValueModel | null>; set(model: ValueModel): Promise<void> };
  /** Tier cuts and cadence; the defaults when absent. */
  crmSettings?: { get(): Promise<CrmSettings>; set(settings: CrmSettings): Promise<void> };
  /** Re-arms the next-step reminder alarm after a next step changed. */
  reminders?: { rearm(): Promise<void> };
}
