import type { Handlers, Verb } from '@/lib/protocol';
import { complaintHandlers } from './complaints';
import { contactHandlers } from './contacts';
import type { HandlerDeps } from './deps';
import { duplicateHandlers } from './duplicates';
import { exportHandlers } from './export';
import { feedbackHandlers } from './feedback';
import { importHandlers } from './import';
import { interactionHandlers } from './interactions';
import { importJobs } from './jobs';
import { noteHandlers } from './notes';
import { organisationHandlers } from './organisations';
import { withRefusals } from './refusals';
import { restoreHandlers } from './restore';
import { crmSettingsOf, settingsHandlers } from './settings';
import { teamHandlers } from './team';
import { workspaceHandlers } from './workspace';

export type { HandlerDeps } from './deps';

/** The background's answers, one per verb; inputs arrive already parsed by the router. */
export function createHandlers(outside: HandlerDeps): Handlers {
  // One settings store for every handler (in tests that pass none, kept in memory).
  const deps: HandlerDeps = { ...outside, crmSettings: crmSettingsOf(outside) };
  const jobs = importJobs(deps);
  const handlers = {
    ...contactHandlers(deps),
    ...organisationHandlers(deps),
    ...interactionHandlers(deps),
    ...noteHandlers(deps),
    ...complaintHandlers(deps),
    ...feedbackHandlers(deps),
    ...importHandlers(deps, jobs),
    ...restoreHandlers(deps, jobs),
    ...exportHandlers(deps),
    ...duplicateHandlers(deps),
    ...settingsHandlers(deps),
    ...workspaceHandlers(deps),
    ...teamHandlers(deps),
  } satisfies Handlers;
  // No handler without a verb (each noun's handlers already answer exactly their declared types).
  const noStrayHandler: Exclude<keyof typeof handlers, Verb> extends never ? true : never = true;
  void noStrayHandler;
  return withRefusals(handlers);
}
