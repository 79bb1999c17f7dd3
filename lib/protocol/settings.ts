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

/** Who the rep is: the name given here, and the one in use (the team username while a team is set up). */
export interface RepView {
  name: string;
  me: string;
  team: boolean;
}

export const settingsVerbs = {
  'settings.rep': { input: z.object({}), output: returns<RepView>() },
  /** The name this browser's rep goes by while no team is set up ('' = none). */
  'settings.setRepName': {
    input: z.object({ name: z.string().check(z.trim(), z.maxLength(100)) }),
    output: returns<RepView>(),
  },
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
