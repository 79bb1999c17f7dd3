import * as z from 'zod/mini';
import type { CadenceDays, TierCuts } from '../crm/types';
import { returns } from './returns';

const Share = z.number().check(z.minimum(0), z.maximum(1));
const CadenceDay = z.number().check(z.int(), z.minimum(1), z.maximum(3650));

/** Tier cuts (shares of the book) and follow-up cadence by tier. */
export interface CrmSettingsView {
  cuts: TierCuts;
  cadence: CadenceDays;
}

export const settingsVerbs = {
  'settings.get': { input: z.object({}), output: returns<CrmSettingsView>() },
  /** Tier cuts must be 0 < S ≤ A ≤ B ≤ 1; new cuts re-rank every customer. */
  'settings.set': {
    input: z.object({
      cuts: z.object({ S: Share, A: Share, B: Share }),
      cadence: z.object({ S: CadenceDay, A: CadenceDay, B: CadenceDay, C: CadenceDay }),
    }),
    output: returns<CrmSettingsView>(),
  },
} as const;
