/**
 * LinkedIn profile identity: the slug of /in/<slug>/ is the key. Pure string work, small enough for the
 * content script (lib/sites/linkedin uses it).
 */

/**
 * Member ids (/in/ACoAAB…, in links from search and messaging) are base64-like and case-sensitive:
 * lower-casing one would name another member or none, so they keep their case. Vanity slugs do not.
 */
const MEMBER_ID = /^ACo[\w-]{10,}$/;
/** A decoded slug: letters (any script), digits, "-" and "_"; LinkedIn allows at most 100 characters. */
const SLUG = /^[\p{L}\p{M}\p{N}_-]{2,100}$/u;

/**
 * The decoded slug of a profile, from a bare slug ("ann-lee", "jos%C3%A9") or any profile URL
 * (www./country subdomains, with or without scheme, trailing slash, query, hash, /overlay/…, /details/…).
 * Vanity slugs are lower-cased; member ids keep their case. Null when it is not a profile.
 */
export function normaliseLinkedInSlug(input: string | null | undefined): string | null {
  let raw = (input ?? '').trim();
  if (/[/.]/.test(raw)) {
    let u: URL;
    try {
      u = new URL(
        raw.startsWith('/') ? `https://www.linkedin.com${raw}` : /^https?:/i.test(raw) ? raw : `https://${raw}`,
      );
    } catch {
      return null;
    }
    const m = /^\/in\/([^/]+)/.exec(u.pathname);
    if (!m?.[1] || !/(?:^|\.)linkedin\.com$/.test(u.hostname)) return null;
    raw = m[1];
  }
  try {
    raw = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (!SLUG.test(raw)) return null;
  return MEMBER_ID.test(raw) ? raw : raw.toLowerCase();
}

/** Whether a canonical slug is a member id (ACoAA…) rather than a vanity slug. */
export const isMemberId = (slug: string): boolean => MEMBER_ID.test(slug);

/** The canonical profile URL, https://www.linkedin.com/in/<slug>/, from a slug or profile URL; null if neither. */
export function linkedInProfileUrl(slugOrUrl: string | null | undefined): string | null {
  const slug = normaliseLinkedInSlug(slugOrUrl);
  return slug && `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

/** The canonical slugs a contact's profile is found by: its own, then its aliases. */
export function profileSlugs(contact: { linkedin?: string; linkedinAliases?: readonly string[] }): string[] {
  const slugs: string[] = [];
  for (const value of [contact.linkedin, ...(contact.linkedinAliases ?? [])]) {
    const slug = normaliseLinkedInSlug(value);
    if (slug && !slugs.includes(slug)) slugs.push(slug);
  }
  return slugs;
}
