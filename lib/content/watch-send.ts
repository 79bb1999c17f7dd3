import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SentEmail } from '../sites/types';

const CHECK_MS = 500;
/** A compose window still open this long after Send was not sent (e.g. Gmail asked for a recipient). */
const GIVE_UP_MS = 15_000;
const DELIVERY_TRIES = 6;

export interface SendWatch {
  /** The compose window that this click or key press sends, or null. */
  sentBy(event: Event): Element | null;
  /** What the window is sending, read at the moment of the click (null when it has no recipient). */
  read(root: Element): SentEmail | null;
}

const closed = (root: Element) => !root.isConnected || root.getClientRects().length === 0;

/**
 * Sees emails being sent: snapshots the compose window when the user clicks Send (or presses Ctrl/Cmd+Enter),
 * and once that window has closed, hands the email to the sidebar of this tab, retrying until it
 * confirms. A window that stays open (an error, a missing recipient) sends nothing.
 */
export function watchSend(ctx: ContentScriptContext, watch: SendWatch): void {
  const pending = new Map<Element, { email: SentEmail; since: number }>();
  let checking = false;

  const deliver = (email: SentEmail, tries = 0) => {
    browser.runtime.sendMessage({ event: 'sent', email }).then(
      (answer) => {
        if (answer !== true) retry(email, tries);
      },
      () => retry(email, tries),
    );
  };
  const retry = (email: SentEmail, tries: number) => {
    if (tries + 1 < DELIVERY_TRIES) ctx.setTimeout(() => deliver(email, tries + 1), 1000 * 2 ** tries);
  };

  const check = () => {
    for (const [root, { email, since }] of pending) {
      if (closed(root)) {
        pending.delete(root);
        deliver(email);
      } else if (Date.now() - since > GIVE_UP_MS) pending.delete(root);
    }
    checking = pending.size > 0;
    if (checking) ctx.setTimeout(check, CHECK_MS);
  };

  const onAction = (event: Event) => {
    // A page script can dispatch a click on Send itself; only the user's own click or key press may log an email.
    if (!event.isTrusted) return;
    try {
      const root = watch.sentBy(event);
      const email = root && watch.read(root);
      if (!root || !email) return;
      pending.set(root, { email, since: Date.now() });
      if (!checking) {
        checking = true;
        ctx.setTimeout(check, CHECK_MS);
      }
    } catch {
      // Never get in the way of the user's own click.
    }
  };
  ctx.addEventListener(document, 'click', onAction, { capture: true });
  ctx.addEventListener(document, 'keydown', onAction, { capture: true });
}
