/**
 * Selectors for any website: standard markup only (schema.org JSON-LD, microformats, mailto links), so they
 * do not depend on one site's layout. Each entry names the fixture (tests/fixtures/web/) whose test proves it.
 */
export const sel = {
  /** schema.org data. person-jsonld.html (ProfilePage mainEntity, @graph, a broken block) */
  jsonLd: 'script[type="application/ld+json"]',
  /** Classic hCard and microformats2 h-card. hcard.html */
  card: '.vcard, .h-card',
  /** A card's name. hcard.html */
  cardName: '.fn, .p-name',
  /** A card's email: a mailto link or the text. hcard.html */
  cardEmail: '.email, .u-email',
  /** A card's organisation (possibly a nested h-card). hcard.html */
  cardOrg: '.org, .p-org',
  /** A card's job title. hcard.html */
  cardTitle: '.title, .p-job-title',
  /** A card's own link (a LinkedIn profile becomes its profile URL). hcard.html */
  cardUrl: '.url, .u-url',
  /** Any mailto link. person-jsonld.html, hcard.html */
  mailto: 'a[href^="mailto:" i]',
} as const;
