/**
 * Gmail compose windows: who an email is going to. Pure reads, small enough for the content script.
 */
import { attr, cleanEmail, cleanText, localPart, textOf } from '../dom';
import type { DetectedDraft, DetectedPerson, PersonRole } from '../types';
import { sel } from './selectors';

/** Gmail's draft ids; anything else (Gmail writes "undefined" before the first save) is no id. */
const DRAFT_ID = /^#?msg-a:r-?\d{1,30}$/;

/** The compose window an element belongs to, or null. */
export const composeOf = (el: Element | null): Element | null => el?.closest(sel.compose) ?? null;

/** One compose window: recipients by field (own address left out), subject, draft id. */
export function readGmailCompose(root: Element, account: string | null): DetectedDraft {
  const people: DetectedPerson[] = [];
  const seen = new Set([account]);
  for (const field of root.querySelectorAll(sel.recipientField)) {
    const role = attr(field, 'name') as PersonRole;
    for (const chip of field.querySelectorAll(sel.recipientChip)) {
      const email = cleanEmail(chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email'));
      if (!email || seen.has(email)) continue;
      seen.add(email);
      const name = cleanText(attr(chip, 'data-name') || attr(chip, 'name')) || textOf(chip) || localPart(email);
      people.push({ name, email, role });
    }
  }
  const subjectBox = root.querySelector<HTMLInputElement>(sel.composeSubject);
  const draftId = attr(root.querySelector(sel.draftId), 'value');
  return {
    id: DRAFT_ID.test(draftId) ? draftId : '',
    subject: cleanText(subjectBox?.value, 500),
    people,
  };
}

/**
 * Every open compose window (outermost only: div.M9 sits inside div.AD), in document order. Fields are
 * looked for only inside compose boxes, found one class at a time: a single-class query is a fast scan of
 * Gmail's large document, the selector list of the fields a slow one.
 */
export function composeRoots(doc: ParentNode): Element[] {
  const boxes: Element[] = [];
  for (const one of sel.compose.split(', ')) boxes.push(...doc.querySelectorAll(one));
  const outermost = boxes.filter((box) => !box.parentElement?.closest(sel.compose));
  outermost.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const found = new Set<Element>();
  for (const box of outermost) {
    for (const el of box.querySelectorAll(`${sel.composeSubject}, ${sel.recipientField}`)) {
      const root = el.closest(sel.compose);
      if (root) found.add(root.parentElement?.closest(sel.compose) ?? root);
    }
  }
  return [...found].slice(0, 20);
}

export function readGmailDrafts(doc: ParentNode, account: string | null): DetectedDraft[] {
  return composeRoots(doc).map((root) => readGmailCompose(root, account));
}
