import { addFeedback } from '@/lib/db/complaints/feedback';
import type { HandlersOf } from '@/lib/protocol';
import type { feedbackVerbs } from '@/lib/protocol/feedback';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

export function feedbackHandlers(deps: HandlerDeps): HandlersOf<typeof feedbackVerbs> {
  const { db, now } = deps;
  const { refreshIfFitted: refresh } = insightsUpdater(deps);
  return {
    async 'feedback.add'({ at, ...input }) {
      const feedback = await addFeedback(await db(), { ...input, at: at ?? now() }, now());
      // A detractor's answer raises churn risk: the card shows it at once.
      await refresh([feedback.contactId]);
      return feedback;
    },
  };
}
