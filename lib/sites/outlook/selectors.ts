/**
 * Every Outlook-on-the-web selector in one place. Its class names are generated, so ids, roles, aria-labels,
 * titles and data-testid come first. Each entry names the fixture (tests/fixtures/outlook/) whose test proves it.
 */
export const sel = {
  /** The signed-in address in the account manager. reading-pane.html */
  account: '#mectrl_currentAccount_secondary',
  /** The reading pane (not the message list). reading-pane.html */
  pane: '#ReadingPaneContainerId, [aria-label="Reading Pane"]',
  /** The conversation's subject heading. reading-pane.html */
  subject: '[role="heading"][aria-level="2"]',
  /** One message of the conversation. reading-pane.html */
  message: '[aria-label="Email message"]',
  /** The message's people by role: aria-label "From: …", "To: …", "Cc: …", "Bcc: …". reading-pane.html */
  role: '[aria-label^="From:"], [aria-label^="To:"], [aria-label^="Cc:"], [aria-label^="Bcc:"]',
  /** A person inside a role block: an address in its title or aria-label. reading-pane.html */
  person: '[title*="@"], [aria-label*="@"]',
  /** When the message was sent/received; the title holds the date. reading-pane.html */
  time: '[data-testid="SentReceivedSavedTime"]',
  /** Message body: never read people from it. reading-pane.html */
  body: '[aria-label="Message body"]',
  /** The selected conversation in the list, carrying its id. reading-pane.html */
  selected: '[aria-selected="true"][data-convid]',
} as const;
