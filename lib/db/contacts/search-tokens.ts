/** What separates the words of a name, title or address. */
const SEPARATORS = /[\s@.,;:()'"_+\-/\\&|]+/;

/**
 * Words too common to find anyone by, and the legal forms on most companies' names: each would
 * cost an index entry on most contacts. A query skips them too.
 */
const STOP_WORDS = new Set([
  ...['of', 'and', 'the', 'for', 'at', 'in', 'to', 'de', 'la', 'le', 'du', 'und', 'y', 'et'],
  ...['ltd', 'inc', 'llc', 'llp', 'plc', 'corp', 'gmbh', 'ag', 'sa', 'sarl', 'srl', 'bv', 'nv', 'pty'],
]);

const MAX_TOKEN = 60;

/**
 * The words a contact is indexed by, lower-cased and accent-free, so a prefix range on one index
 * finds it: each word of the texts, and the domain of each address ("acme.com"). Every token is
 * an index entry written with the contact, which is most of what a contact costs to store, so
 * phrases, stop words and whole addresses are left out (the `emails` index finds a typed address);
 * a query is matched word by word against `matchTokens` (see `matchesWord`).
 */
export function searchTokens(texts: readonly (string | undefined)[], emails: readonly string[] = []): string[] {
  const tokens = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) if (!STOP_WORDS.has(word)) tokens.add(word);
  for (const email of emails) {
    const folded = foldForSearch(email);
    const at = folded.lastIndexOf('@');
    if (at > 0) tokens.add(folded.slice(at + 1));
  }
  tokens.delete('');
  return [...tokens].map((t) => t.slice(0, MAX_TOKEN));
}

/** What a query is matched against: the indexed tokens plus each address whole and its words. */
export function matchTokens(indexed: readonly string[], emails: readonly string[]): string[] {
  const tokens = [...indexed];
  for (const email of emails) {
    const folded = foldForSearch(email);
    const at = folded.lastIndexOf('@');
    tokens.push(folded, ...wordsOf(at > 0 ? folded.slice(0, at) : ''));
  }
  return tokens;
}

/** The words of a query, without the stop words no contact is indexed by (unless that is all there is). */
export function queryWords(query: string): string[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !STOP_WORDS.has(w));
  return kept.length > 0 ? kept : words;
}

/**
 * How a query is walked: its words, the longest of them (the first walk starts from it) and, when that one is
 * several words run together ("o'brien"), its longest part. Null for a query with no words.
 */
export function queryWalk(query: string): { words: string[]; lead: string; part: string | undefined } | null {
  const words = queryWords(query);
  if (words.length === 0) return null;
  const lead = words.reduce((a, b) => (b.length > a.length ? b : a));
  const part = wordsOf(lead)
    .filter((p) => p !== lead)
    .sort((a, b) => b.length - a.length)[0];
  return { words, lead, part };
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
