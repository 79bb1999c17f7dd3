/**
 * Every LinkedIn selector in one place. Since 2025 many class names are hashed, so the URL, the h1 in main,
 * aria-labels, links and data-view-name come first and readable class names are a bonus.
 * Each entry names the fixture (tests/fixtures/linkedin/) whose test proves it.
 */
export const sel = {
  /**
   * The profile's or organisation's name. profile-classic.html (h1.text-heading-xlarge), profile-hashed.html
   * (hashed classes; an h1 outside main is ignored), company.html
   */
  name: 'main h1',
  /** Profile headline (older builds). profile-classic.html; profile-hashed.html reads the block after the h1 */
  headline: 'main div.text-body-medium.break-words',
  /** "Current company: X. Click to skip to experience card". profile-classic.html (button), profile-hashed.html (a) */
  company: 'main [aria-label^="Current company: "]',
  /**
   * Links into the profile's own sub-pages (overlays such as about-this-profile and contact-info, "Show all"
   * details, activity): one must carry the URL's slug, else the page still shows the previous view. Links to
   * other members are plain /in/<slug>/ and do not count. profile-classic.html (all three kinds),
   * profile-hashed.html (contact-info only)
   */
  ownLink: 'main a[href*="/overlay/"], main a[href*="/details/"], main a[href*="/recent-activity/"]',
  /** Email in the contact-info overlay (role=dialog, outside main). profile-classic.html */
  email: '[role="dialog"] a[href^="mailto:"]',
  /** Any profile link. search.html, messaging.html, feed.html */
  profileLink: 'a[href*="/in/"]',
  /** The open thread, not the conversation list. messaging.html */
  thread: '.msg-thread',
  /** Thread header; holds the other participant's name and profile link. messaging.html */
  threadHeader: '.msg-title-bar',
  /** Participant name in the header. messaging.html (h2.msg-entity-lockup__entity-title) */
  threadTitle: '.msg-entity-lockup__entity-title, h2',
  /** One message with LinkedIn's id. messaging.html */
  messageUrn: '[data-event-urn]',
  /** A message row, for builds without data-event-urn. messaging.html (attribute removed by the test) */
  messageRow: 'li.msg-s-message-list__event',
  /** Sender name; only on the first message of a group. messaging.html */
  sender: '.msg-s-message-group__name',
  /** Message time ("9:02 AM"), or a machine-readable one. messaging.html */
  time: 'time.msg-s-message-group__timestamp, time[datetime]',
  /** Day heading ("Nov 23, 2026", "Today") before a run of messages. messaging.html */
  day: 'time.msg-s-message-list__time-heading',
  /** One people-search result. search.html (li wrapper with the card inside; the card alone in a hashed build) */
  result: '[data-view-name="search-entity-result-universal-template"], li.reusable-search__result-container',
  /** Result headline (older builds). search.html */
  resultHeadline: '.entity-result__primary-subtitle',
  /** One feed post. feed.html */
  post: '[data-urn*="urn:li:activity"]',
  /** The author block (not the "X reposted this" header), holding the profile link and headline. feed.html */
  actor: '.update-components-actor',
  /** Post author's name. feed.html */
  actorName: '.update-components-actor__name',
  /** Post author's headline. feed.html */
  actorTitle: '.update-components-actor__description',
  /** The visible copy of text LinkedIn also repeats for screen readers. search.html, feed.html */
  visible: '[aria-hidden="true"]',
} as const;
