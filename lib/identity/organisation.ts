/** Organisation guesses from email domains. Pure string work. */
import { isFreeMail, normaliseEmail } from './email';

/** A dotted host name: letter/digit labels with inner hyphens, ending in a letter TLD or a punycode one. */
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;

/**
 * Second-level labels under a two-letter country TLD that are part of the public suffix
 * (acme.co.uk, acme.com.au, acme.or.jp): the organisation's label is the one before them.
 */
const SECOND_LEVEL = /^(?:co|com|org|net|ac|edu|gov|gv|ltd|plc|ne|or|go|nhs|sch|gob|mil)$/;

/**
 * The organisation's domain behind an address (lower-cased, as written: "eu.acme.com" stays as it is),
 * or null for free-mail providers and anything that is not an address.
 */
export function organisationDomainOf(email: string): string | null {
  const e = normaliseEmail(email);
  const at = e.lastIndexOf('@');
  const domain = e.slice(at + 1);
  return at > 0 && DOMAIN.test(domain) && !isFreeMail(e) ? domain : null;
}

/**
 * A readable first guess at an organisation's name from its domain (or an address or URL):
 * "acme-corp.co.uk" -> "Acme Corp", "mail.globex.com" -> "Globex". '' when there is nothing to go on.
 */
export function guessOrganisationName(domain: string): string {
  const host = (domain.trim().toLowerCase().split('@').at(-1) ?? '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .split(/[/?#:]/)[0];
  const labels = (host ?? '').split('.').filter(Boolean);
  let tld = labels.length - 1;
  if (labels.length > 2 && labels[tld]?.length === 2 && SECOND_LEVEL.test(labels[tld - 1] ?? '')) tld--;
  const label = labels.length > 1 ? labels[tld - 1] : labels[0];
  return (label ?? '')
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}
