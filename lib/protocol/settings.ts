import * as z from 'zod/mini';
import { MAX_TIER_VALUE_WEIGHT, type TierValueWeights } from '../crm/tiers';
import type { CadenceDays, TierCuts } from '../crm/types';
import { returns } from './returns';

const Share = z.number().check(z.minimum(0), z.maximum(1));
const Weight = z.number().check(z.minimum(0), z.maximum(MAX_TIER_VALUE_WEIGHT));
const CadenceDay = z.number().check(z.int(), z.minimum(1), z.maximum(3650));

/** Tier cuts (shares of the book), what tiers rank on, and follow-up cadence by tier. */
export interface CrmSettingsView {
  cuts: TierCuts;
  cadence: CadenceDays;
  tierValue: TierValueWeights;
}

export const settingsVerbs = {
  'settings.get': { input: z.object({}), output: returns<CrmSettingsView>() },
  /** Tier cuts must be 0 < S ≤ A ≤ B ≤ 1, one weight above 0; new cuts or weights re-rank every customer. */
  'settings.set': {
    input: z.object({
      cuts: z.object({ S: Share, A: Share, B: Share }),
      cadence: z.object({ S: CadenceDay, A: CadenceDay, B: CadenceDay, C: CadenceDay }),
      tierValue: z.object({ current: Weight, future: Weight }),
    }),
    output: returns<CrmSettingsView>(),
  },
} as const;
