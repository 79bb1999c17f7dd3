import type { VerbInput } from '../messaging/verbs';
import type { DetectedPage } from './types';

/** The `thread.log` request for a page: every message of the thread, for every person on it. */
export function logRequestOf(page: DetectedPage): VerbInput<'thread.log'> {
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
