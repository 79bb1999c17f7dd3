import { addFeedback } from '@/lib/db/complaints/feedback';
import type { HandlersOf } from '@/lib/protocol';
import type { feedbackVerbs } from '@/lib/protocol/feedback';
import type { HandlerDeps } from './deps';

export function feedbackHandlers({ db, now }: HandlerDeps): HandlersOf<typeof feedbackVerbs> {
  return {
    async 'feedback.add'({ at, ...input }) {
      return addFeedback(await db(), { ...input, at: at ?? now() }, now());
    },
  };
}
