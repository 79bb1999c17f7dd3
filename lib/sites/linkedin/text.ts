/** Small readers shared by the LinkedIn page readers: pure, no DOM writes. */
import { linkedInProfileUrl } from '../../identity/linkedin';
import { cleanText, textOf } from '../dom';
import type { DetectedPage, DetectedPerson, FieldReading, PersonRole } from '../types';
import { sel } from './selectors';

export const all = (root: ParentNode, selector: string): Element[] => Array.from(root.querySelectorAll(selector));

export const flag = (page: DetectedPage, code: string): void => void page.problems.push(`linkedin.${code}`);

/**
 * The first value found by a field's named strategies, tried lazily in the order of their keys (never numeric
 * ones, which objects would reorder). Which one matched, or that none did, is recorded on the page for site
 * health, so a fallback shows before reading fails.
 */
export function firstOf<T>(
  page: DetectedPage,
  field: string,
  strategies: Record<string, () => T | null | undefined | false | ''>,
): T | undefined {
  const names = Object.keys(strategies);
  let value: T | undefined;
  const index = names.findIndex((name) => (value = strategies[name]?.() || undefined));
  const r: FieldReading = { field, by: names[index] ?? '', fallback: index > 0 };
  page.readings = [...(page.readings ?? []), r];
  return value;
}

/** The visible copy of an element's text (LinkedIn repeats text for screen readers), else all of it. */
export const shownText = (el: Element | null | undefined): string =>
  textOf(el?.querySelector(sel.visible)) || textOf(el);

/** A name as shown, without a screen-reader "View X's profile" or a degree badge ("• 2nd"). */
export const nameIn = (el: Element | null | undefined): string =>
  cleanText(
    shownText(el)
      .replace(/^(.+?) ?View \1['’]s profile/, '$1')
      .replace(/^View (.+)['’]s profile$/, '$1')
      .replace(/\s*(?:[•·]\s*(?:1st|2nd|3rd\+?)|(?:1st|2nd|3rd\+?) degree connection)(?:\s.*)?$/, ''),
  );

/** A person at a canonical profile URL; null without a name or a profile link. */
export function person(name: string, href: string, role: PersonRole, title = '', company = ''): DetectedPerson | null {
  const profileUrl = linkedInProfileUrl(href);
  if (!name || !profileUrl) return null;
  const p: DetectedPerson = { name, email: '', role, profileUrl };
  if (company) p.company = company;
  if (title && title !== name) p.title = title;
  return p;
}
