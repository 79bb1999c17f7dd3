import * as z from 'zod/mini';

export const workspaceVerbs = {
  'workspace.stats': { input: z.object({}) },
  'workspace.seedDemo': { input: z.object({ replace: z.optional(z.boolean()) }) },
  'insights.recompute': { input: z.object({}) },
} as const;
