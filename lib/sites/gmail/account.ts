import { attr, cleanEmail } from '../dom';
import { sel } from './selectors';

/**
 * The signed-in address, lower-cased, or null. From the account button's aria-label
 * ("Google Account: Ann Lee\n(ann@example.com)"), else from a title like "Subject - ann@example.com - Gmail".
 */
export function readGmailAccount(doc: Document): string | null {
  const label = attr(doc.querySelector(sel.account), 'aria-label');
  const fromButton = cleanEmail(/\(([^()\s]+@[^()\s]+)\)/.exec(label)?.[1]);
  if (fromButton) return fromButton;
  // "… - ann@example.com - Gmail": the last " - address - " (the subject may contain addresses too).
  return cleanEmail(/ - (\S+@\S+) - [^@]*$/.exec(doc.title)?.[1]) || null;
}
