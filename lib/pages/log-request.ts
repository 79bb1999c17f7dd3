import type { VerbInput } from '../protocol';
import type { DetectedPage } from '../sites/types';

/** The `interactions.logThread` request for a page: every message of the thread, for every person on it. */
export function logRequestOf(page: DetectedPage): VerbInput<'interactions.logThread'> {
  return {
    site: page.site,
    account: page.account,
    people: page.people,
    messages: page.messages,
    url: page.url,
    ...(page.threadId ? { threadId: page.threadId } : {}),
    ...(page.subject ? { subject: page.subject } : {}),
  };
}
