import type { Texts } from './make';

/**
 * The English texts of the page this bundle runs in: filled once by the page's entry (showEnglish) before its first
 * render with the areas of the rooms it shows, so a page parses no room's texts but its own.
 */
export const pageEnglish: Texts = {};

export function showEnglish(...areas: Texts[]): void {
  Object.assign(pageEnglish, ...areas);
}
