/** What separates the words of a name, title or address. */
const SEPARATORS = /[\s@.,;:()'"_+\-/\\&|]+/;

/** Words too common to find anyone by: each would cost an index entry on most contacts. */
const STOP_WORDS = new Set(['of', 'and', 'the', 'for', 'at', 'in', 'to', 'de', 'la', 'le', 'du', 'und', 'y', 'et']);

const MAX_TOKEN = 60;

/**
 * Words a contact can be found by, lower-cased and accent-free, so a prefix range on one index
 * finds it: each word of the texts, and each address whole plus its domain (so a typed address or
 * "acme.com" is found too). Every token is an index entry written with the contact, which is most of
 * what a contact costs to store, so phrases and stop words are left out; a query is matched word by
 * word (see `matchesWord`).
 */
export function searchTokens(texts: readonly (string | undefined)[], emails: readonly string[] = []): string[] {
  const tokens = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) if (!STOP_WORDS.has(word)) tokens.add(word);
  for (const email of emails) {
    const folded = foldForSearch(email);
    const at = folded.lastIndexOf('@');
    tokens.add(folded);
    if (at > 0) {
      tokens.add(folded.slice(at + 1));
      for (const word of wordsOf(folded.slice(0, at))) tokens.add(word);
    }
  }
  tokens.delete('');
  return [...tokens].map((t) => t.slice(0, MAX_TOKEN));
}

/** The separate words of a text, folded. */
export function wordsOf(text: string | undefined): string[] {
  return text ? foldForSearch(text).split(SEPARATORS).filter(Boolean) : [];
}

/**
 * Whether a contact with these tokens matches one word of a query (folded, no spaces): a token
 * starts with it ("ann.lee@acm", "acme.com"), or it is several words run together ("o'brien",
 * "jean-paul") and each of them starts a token.
 */
export function matchesWord(tokens: readonly string[], word: string): boolean {
  if (tokens.some((t) => t.startsWith(word))) return true;
  const parts = word.split(SEPARATORS).filter(Boolean);
  return parts.length > 1 && parts.every((part) => tokens.some((t) => t.startsWith(part)));
}

export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
