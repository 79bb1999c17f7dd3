import * as z from 'zod/mini';
import type { ValueModel } from '../crm/insights';
import { returns } from './returns';
import type { StoreName } from './views';

type Fitted = Extract<ValueModel, { method: 'bgnbd' }>;
/** Which value model the refit chose: fitted parameters, or why it fell back to RFM scoring. */
export type RefitOutcome =
  | { method: 'bgnbd'; bgnbd: Fitted['bgnbd']; gg: Fitted['gg'] }
  | { method: 'rfm'; reason: string };

export const workspaceVerbs = {
  /** Records per store. */
  'workspace.stats': { input: z.object({}), output: returns<Record<StoreName, number>>() },
  'workspace.seedDemo': {
    input: z.object({
      replace: z.optional(z.boolean()),
      /** How many demo contacts; large books exercise the dashboard. */
      contacts: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100_000))),
    }),
    output: returns<Record<StoreName, number>>(),
  },
  /** Refits the value model and re-ranks every customer. */
  'workspace.recomputeInsights': { input: z.object({}), output: returns<RefitOutcome>() },
} as const;
