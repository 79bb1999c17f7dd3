import { recordLossCause, recordWinBackOutcome, winBackResults } from '@/lib/db/contacts/loss';
import type { HandlersOf } from '@/lib/protocol';
import type { contactVerbs } from '@/lib/protocol/contacts';
import type { HandlerDeps } from './deps';

type LossVerb = 'contacts.recordLoss' | 'contacts.recordWinBack' | 'contacts.winBackResults';

/** Lost customers: why they left, how their win-back ended, and the results by tier. */
export function contactLossHandlers({ db, now }: HandlerDeps): Pick<HandlersOf<typeof contactVerbs>, LossVerb> {
  return {
    async 'contacts.recordLoss'({ id, cause }) {
      return (await recordLossCause(await db(), id, cause, now())).after;
    },
    async 'contacts.recordWinBack'({ id, outcome }) {
      return (await recordWinBackOutcome(await db(), id, outcome, now())).after;
    },
    async 'contacts.winBackResults'() {
      return winBackResults(await db());
    },
  };
}
