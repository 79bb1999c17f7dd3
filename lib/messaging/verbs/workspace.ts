import * as z from 'zod/mini';

export const workspaceVerbs = {
  'workspace.stats': { input: z.object({}) },
  'workspace.seedDemo': {
    input: z.object({
      replace: z.optional(z.boolean()),
      /** How many demo contacts; large books exercise the dashboard. */
      contacts: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100_000))),
    }),
  },
  'insights.recompute': { input: z.object({}) },
} as const;
