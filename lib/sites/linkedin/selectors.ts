/**
 * Every LinkedIn selector in one place. Since 2025 many class names are hashed, so the URL, the h1 in main,
 * aria-labels, links and data-view-name come first and readable class names are a bonus.
 * Each entry names the fixture (tests/fixtures/linkedin/) whose test proves it.
 */
export const sel = {
  /**
   * Profile name, strategy "slug": a heading inside a link bound to a profile (its href, or the
   * server-driven layout's componentkey "ProfileVerificationTriggerRef-<slug>"); the reader keeps the one bound to
   * the URL's slug. profile-server-driven.html (h2, componentkey), profile-pymk.html (other people's anchors of
   * the same kind), profile-classic.html and profile-hashed.html (h1 in a link to the profile's own overlay)
   */
  boundHeading: ':is(a[href*="/in/"],a[componentkey^=ProfileVerificationTriggerRef-]) :is(h1,h2)',
  /**
   * The profile's or organisation's name; profile strategy "h1". profile-classic.html (h1.text-heading-xlarge),
   * profile-hashed.html (hashed classes; an h1 outside main is ignored), company.html
   */
  name: 'main h1',
  /**
   * Profile name, strategy "card": the first heading of the server-driven top card, confirmed by the card's own
   * links. profile-server-driven.html (name link unbound by the test)
   */
  cardHeading: '[componentkey$=Topcard] :is(h1,h2)',
  /** The server-driven top card, which holds the name, headline and current company. profile-server-driven.html */
  serverCard: '[componentkey$=Topcard]',
  /** Profile headline, strategy "classic". profile-classic.html; others read the block after the name */
  headline: 'div.text-body-medium.break-words',
  /**
   * Current company, strategy "label": "Current company: X. Click to skip to experience card".
   * profile-classic.html (button), profile-hashed.html (a)
   */
  company: '[aria-label^="Current company: "]',
  /** Current company, strategy "link": a plain <p> in a company link. profile-server-driven.html */
  companyLink: 'a[href*="/company/"] p',
  /**
   * Links into the profile's own sub-pages (overlays such as about-this-profile and contact-info, "Show all"
   * details, activity): one must carry the URL's slug, else the page still shows the previous view. Links to
   * other members are plain /in/<slug>/ and do not count. profile-classic.html (all three kinds),
   * profile-hashed.html (contact-info only)
   */
  ownLink:
    ':is(main,[componentkey$=Topcard]) :is(a[href*="/overlay/"],a[href*="/details/"],a[href*="/recent-activity/"])',
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
  /** One people-search result, 2026 (strategy "lockup"). search-2026.html */
  result2026: 'div[data-view-name=people-search-result]',
  /** The result's name, a profile link with tracking parameters. search-2026.html */
  resultTitle: 'a[data-view-name=search-result-lockup-title]',
  /**
   * One people-search result, older builds (strategy "entity"). search.html (li wrapper with the card
   * inside; the card alone in a hashed build)
   */
  result: '[data-view-name="search-entity-result-universal-template"], li.reusable-search__result-container',
  /** Result headline (older builds). search.html */
  resultHeadline: '.entity-result__primary-subtitle',
  /** A conversation window open over any page. bubble-feed.html, profile-classic.html (collapsed, no messages) */
  bubble: '.msg-overlay-conversation-bubble',
  /** Its header: the other person's name and profile link (member id). bubble-feed.html */
  bubbleHeader: '.msg-overlay-bubble-header__title',
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
