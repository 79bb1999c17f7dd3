import type { Verb } from '@/lib/messaging/verbs';
import { contactHandlers } from './contacts';
import type { HandlerDeps } from './deps';
import { logHandlers } from './log';
import { noteHandlers } from './notes';
import { workspaceHandlers } from './workspace';

export type { HandlerDeps } from './deps';

/** The background's answers, one per verb; inputs arrive already parsed by the router. */
export function createHandlers(deps: HandlerDeps) {
  const handlers = {
    ...contactHandlers(deps),
    ...logHandlers(deps),
    ...noteHandlers(deps),
    ...workspaceHandlers(deps),
  };
  // Every verb has a handler, and every handler a verb: checked at compile time.
  const complete: Record<Verb, unknown> = handlers;
  void complete;
  return handlers;
}

export type BackgroundHandlers = ReturnType<typeof createHandlers>;
