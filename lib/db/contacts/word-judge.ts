import type { Contact } from '../../schema/records';
import { matchesWord, matchTokens } from './search-tokens';
import { contactWords } from './shelved';

/**
 * Judges the contacts a search meets, each once: `found` keeps, in the order met, those whose words start with
 * every word of the query, until `enough`.
 */
export function wordJudge(words: readonly string[], limit: number) {
  const seen = new Set<string>();
  const found: Contact[] = [];
  const judge = (contact: Contact) => {
    if (seen.has(contact.id)) return;
    seen.add(contact.id);
    const tokens = matchTokens(contactWords(contact), contact.emails);
    if (words.every((w) => matchesWord(tokens, w))) found.push(contact);
  };
  return { seen, found, judge, enough: () => found.length >= limit };
}
