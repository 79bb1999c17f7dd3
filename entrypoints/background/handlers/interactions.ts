import { contactWithEmail } from '@/lib/db/contacts/lookup';
import { logThread, undoLog } from '@/lib/db/interactions/interactions';
import { logLinkedInTouch } from '@/lib/db/interactions/linkedin-touch';
import { setInteractionPrivate } from '@/lib/db/interactions/privacy';
import type { HandlersOf, VerbInput } from '@/lib/protocol';
import type { interactionVerbs } from '@/lib/protocol/interactions';
import { neverLogDomainsItem } from '@/lib/settings';
import { cachedSetting } from '@/lib/settings/cached';
import type { HandlerDeps } from './deps';
import { insightsUpdater } from './insights';

/** Stands in for the sender of an email sent from a page that did not show the account. */
const SENDER_UNKNOWN = 'you@rapport.invalid';

/** Synthetic id of a sent email Gmail had not saved as a draft: the same send reported twice is one. */
function sentKey(email: VerbInput<'interactions.logSent'>): string {
  const minute = Math.floor(email.at / 60_000);
  const text = [email.subject, ...email.people.map((p) => p.email).sort(), minute].join('\n');
  let hash = 0;
  for (let i = 0; i < text.length; i++) hash = (Math.imul(31, hash) + text.charCodeAt(i)) | 0;
  return `sent:${(hash >>> 0).toString(36)}:${minute}`;
}

/** Logging conversations, LinkedIn touches and sent emails, and taking a log back. */
export function interactionHandlers(deps: HandlerDeps): HandlersOf<typeof interactionVerbs> {
  const { db, now, ownAddresses, valueModel } = deps;
  const { recompute, refresh } = insightsUpdater(deps);
  const neverLogDomains = cachedSetting(neverLogDomainsItem);
  return {
    async 'interactions.logThread'({ account, ...thread }) {
      const [own, domains, model] = await Promise.all([ownAddresses(), neverLogDomains.get(), valueModel.get()]);
      const mine = account ? [...own, account] : own;
      const request = { ...thread, ownAddresses: mine, neverLogDomains: domains };
      const result = await logThread(await db(), request, now(), model);
      // The very first log has no fitted model yet: fit one for the whole book.
      if (!model && result.contactIds.length > 0) await recompute();
      return result;
    },
    async 'interactions.logLinkedIn'(touch) {
      const result = await logLinkedInTouch(await db(), touch, now());
      if (result.contactIds.length) await refresh(result.contactIds);
      return result;
    },
    /**
     * Only recipients already saved are logged: sending an email must not fill the book with everyone the
     * user writes to (the sidebar's "Writing to" cards offer to add them before sending).
     */
    async 'interactions.logSent'(email) {
      const d = await db();
      const own = await ownAddresses();
      const from = email.account ?? own[0] ?? SENDER_UNKNOWN;
      const saved = await Promise.all(email.people.map((p) => (p.email ? contactWithEmail(d, p.email) : undefined)));
      const recipients = email.people.filter((_, i) => saved[i]);
      const empty = { interactionIds: [], createdContactIds: [], contactIds: [], skipped: 0, neverLogged: 0 };
      const result = recipients.length
        ? await logThread(
            d,
            {
              site: email.site,
              subject: email.subject,
              url: email.url,
              ownAddresses: [...own, from],
              neverLogDomains: await neverLogDomains.get(),
              people: recipients,
              // Gmail keeps the draft's id ("#msg-a:r…") for the sent message: logging its thread later adds nothing.
              messages: [
                {
                  id: email.draftId || sentKey(email),
                  fromEmail: from,
                  toEmails: recipients.map((p) => p.email),
                  at: email.at,
                },
              ],
            },
            now(),
          )
        : empty;
      if (result.contactIds.length) await refresh(result.contactIds);
      const touched = new Set(result.contactIds);
      const loggedFor = email.people.filter((_, i) => touched.has(saved[i]?.id ?? ''));
      return { ...result, loggedFor: loggedFor.map((p) => p.name || p.email) };
    },
    async 'interactions.undoLog'(undo) {
      return undoLog(await db(), undo);
    },
    async 'interactions.setPrivate'({ id, private: keepPrivate }) {
      return setInteractionPrivate(await db(), id, keepPrivate);
    },
  };
}
