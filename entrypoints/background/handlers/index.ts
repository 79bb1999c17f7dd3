import type { Verb } from '@/lib/messaging/verbs';
import { contactHandlers } from './contacts';
import { crmHandlers } from './crm';
import { dashboardHandlers } from './dashboard';
import type { HandlerDeps } from './deps';
import { ioHandlers } from './io';
import { logHandlers } from './log';
import { noteHandlers } from './notes';
import { siteHandlers } from './sites';
import { workspaceHandlers } from './workspace';

export type { HandlerDeps } from './deps';

/** The background's answers, one per verb; inputs arrive already parsed by the router. */
export function createHandlers(deps: HandlerDeps) {
  const handlers = {
    ...contactHandlers(deps),
    ...crmHandlers(deps),
    ...dashboardHandlers(deps),
    ...ioHandlers(deps),
    ...logHandlers(deps),
    ...noteHandlers(deps),
    ...siteHandlers(deps),
    ...workspaceHandlers(deps),
  };
  // Every verb has a handler, and every handler a verb: checked at compile time.
  const complete: Record<Verb, unknown> = handlers;
  void complete;
  return handlers;
}

export type BackgroundHandlers = ReturnType<typeof createHandlers>;
