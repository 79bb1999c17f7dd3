/**
 * Tiny, dependency-free helpers shared by the site adapters (Gmail now, LinkedIn later).
 * Pure: they only read strings and nodes, never write to the DOM and never parse markup.
 */
import type { DetectedPerson } from './types';

/** Control characters (other than whitespace), zero-width characters and bidi controls (incl. U+202E). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
const INVISIBLE = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Plain, single-line text: control/invisible/bidi characters removed, whitespace collapsed, trimmed,
 * capped at `max` UTF-16 units without splitting a surrogate pair.
 */
export function cleanText(s: string | null | undefined, max = 200): string {
  let t = (s ?? '').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim().slice(0, max);
  if (/[\ud800-\udbff]$/.test(t)) t = t.slice(0, -1);
  return t.trim();
}

/** A display name: plain text, at most 200 characters. */
export const cleanName = (s: string | null | undefined): string => cleanText(s, 200);

/** The element's text content (never its markup), cleaned and capped. */
export const textOf = (el: Node | null | undefined, max = 200): string => cleanText(el?.textContent, max);

/** Trimmed attribute value, or '' when absent. */
export const attr = (el: Element | null | undefined, name: string): string => el?.getAttribute(name)?.trim() ?? '';

/**
 * A plausible address: one "@", a dotted domain, at most 254 chars, no whitespace, markup, list/quote
 * characters or control/invisible/bidi characters (cleanText would change it).
 */
export const isEmail = (s: string): boolean =>
  /^[^@]+@[^@]+\.[^@.]+$/.test(s) && !/[\s<>()[\]\\,;:"]/.test(s) && cleanText(s, 254) === s;

/** Trimmed, lower-cased address, or '' when it is not a plausible address. */
export function cleanEmail(s: string | null | undefined): string {
  const e = (s ?? '').trim().toLowerCase();
  return isEmail(e) ? e : '';
}

/** The part before "@" (used as a last-resort name). */
export const localPart = (email: string): string => email.slice(0, email.indexOf('@'));

/**
 * First occurrence wins. Keyed by email; people without one (LinkedIn) by profileUrl, else by name.
 * People with no key at all are dropped.
 */
export function uniqueByEmail<P extends DetectedPerson>(people: readonly P[]): P[] {
  const seen = new Set<string>();
  return people.filter((p) => {
    const key = p.email || p.profileUrl || (p.name && `name:${p.name}`);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
