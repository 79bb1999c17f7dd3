/** Words a contact can be found by, lower-cased and accent-free, so a prefix range on one index finds it. */
export function searchTokens(parts: readonly (string | undefined)[]): string[] {
  const tokens = new Set<string>();
  for (const part of parts) {
    if (!part) continue;
    const folded = foldForSearch(part);
    tokens.add(folded);
    for (const word of folded.split(/[\s@.,;:()'"_+\-/\\]+/)) if (word) tokens.add(word);
  }
  tokens.delete('');
  return [...tokens].map((t) => t.slice(0, 60));
}

export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
