/** Who is never logged, whatever the site: pure rules shared by the background and the sidebar. */
import { canonicalEmail } from '../identity/email';

export type NeverLogReason = 'own' | 'domain' | 'contact';

/** "family.example" covers ann@family.example and ann@mail.family.example. */
export function domainListed(email: string, domains: readonly string[]): boolean {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domains.some((d) => {
    const listed = d.trim().toLowerCase().replace(/^@/, '');
    return listed !== '' && (domain === listed || domain.endsWith(`.${listed}`));
  });
}

/** Why an address must not be logged (the user's own, a personal domain), or null. */
export function neverLogReason(
  email: string,
  own: readonly string[],
  domains: readonly string[],
): NeverLogReason | null {
  if (!email) return null;
  const canonical = canonicalEmail(email);
  if (own.some((o) => canonicalEmail(o) === canonical)) return 'own';
  return domainListed(email, domains) ? 'domain' : null;
}
