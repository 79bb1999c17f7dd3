/**
 * Every Gmail selector in one place. Attributes first, Gmail's obfuscated class names as a bonus.
 * Each entry names the fixture (tests/fixtures/gmail/) whose test proves it.
 */
export const sel = {
  /** Account button, aria-label "Google Account: Ann Lee\n(ann@example.com)". thread.html, inbox.html, broken.html */
  account: 'a[aria-label^="Google Account:"]',
  /**
   * Thread subject heading; every alternative is an h2 (thread.ts looks among the h2s only).
   * thread.html (h2.hP[data-legacy-thread-id]), make-thread.ts (h2.hP[data-thread-perm-id])
   */
  subject: 'h2[data-legacy-thread-id], h2[data-thread-perm-id], h2.hP',
  /** Legacy hex thread id, on the subject or next to it. thread.html (on h2), make-thread.ts (on a sibling span) */
  threadId: '[data-legacy-thread-id]',
  /** One message (expanded div.adn.ads); the attribute is its id. thread.html, make-thread.ts */
  message: '[data-message-id]',
  /**
   * Messages plus collapsed message rows (div.kv / div.kQ: a sender but no id), in document order.
   * thread.html (message 1 collapsed), make-thread.ts ({collapsed})
   */
  item: '[data-message-id], .kv, .kQ',
  /** The collapsed rows alone, one class per alternative (thread.ts queries them one at a time). make-thread.ts */
  collapsed: '.kv, .kQ',
  /** "N older messages" bar that hides messages entirely. make-thread.ts ({hidden}) */
  older: '.adx',
  /** Sender: span.gD in an expanded header, span.zF in a collapsed row. thread.html */
  sender: '.gD[email], .zF[email]',
  /** Recipients in the header (to and cc mixed). make-thread.ts ({details: false}) */
  recipient: '.g2[email]',
  /** Any person chip. thread.html, inbox.html */
  person: '[email]',
  /** Label cell ("to:", "cc:", "bcc:", "from:") in the details table table.ajC. thread.html */
  label: 'td.gG',
  /** Message time; the title holds the full date. thread.html, make-thread.ts */
  time: '.g3[title]',
  /** Message body: never read people from it. thread.html */
  body: '.a3s',
  /** Inbox/list rows (tr.zA[role=row]). inbox.html */
  row: 'tr[role="row"]',
  /** Cached views Gmail keeps in the DOM but hides. thread.html (hidden inbox), inbox.html (hidden thread) */
  hidden: '[hidden], [style*="display: none"], [style*="display:none"]',
  /**
   * A compose window: div.M9 inside the pop-up div.AD, or an inline reply's div.M9. Each alternative is one
   * class, ", "-separated (compose.ts queries them one at a time). compose.html
   */
  compose: '.M9, .AD',
  /** The compose's subject; its value is what the user typed. compose.html */
  composeSubject: 'input[name="subjectbox"]',
  /** Recipient fields by role. compose.html */
  recipientField: '[name="to"], [name="cc"], [name="bcc"]',
  /** A recipient chip: data-hovercard-id (+ data-name) on newer builds, [email] on older ones. compose.html */
  recipientChip: '[data-hovercard-id], [email]',
  /** Gmail's saved-draft id, "#msg-a:r…"; the sent message keeps it. compose.html */
  draftId: 'input[name="draft"]',
  /** The Send button (class aoO; its tooltip is localised). compose.html */
  send: '.aoO, [role="button"][data-tooltip^="Send"]',
} as const;
