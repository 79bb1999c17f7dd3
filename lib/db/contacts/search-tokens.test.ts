import { describe, expect, it } from 'vitest';
import { matchesWord, matchTokens, queryWords, searchTokens } from './search-tokens';

describe('search tokens', () => {
  it('indexes each word and each address domain, without phrases, stop words, legal forms or whole addresses', () => {
    const tokens = searchTokens(['Ann Lee', 'Acme Corp', 'VP of Sales'], ['Ann.Lee@Acme.com']);
    expect(tokens.sort()).toEqual(['acme', 'acme.com', 'ann', 'lee', 'sales', 'vp'].sort());
  });

  it('folds case and accents and caps very long words', () => {
    const tokens = searchTokens(['Zoë Ångström', 'x'.repeat(500)]);
    expect(tokens).toContain('zoe');
    expect(tokens).toContain('angstrom');
    expect(Math.max(...tokens.map((t) => t.length))).toBe(60);
  });

  it('matches a query word that starts a token or an address, or whose parts each start one', () => {
    const emails = ['sob@acme.example'];
    const tokens = matchTokens(searchTokens(["Seán O'Brien"], emails), emails);
    expect(matchesWord(tokens, 'sea')).toBe(true);
    expect(matchesWord(tokens, "o'brien")).toBe(true);
    expect(matchesWord(tokens, 'sob@acme.ex')).toBe(true);
    expect(matchesWord(tokens, 'sob')).toBe(true);
    expect(matchesWord(tokens, 'acme.ex')).toBe(true);
    expect(matchesWord(tokens, 'brian')).toBe(false);
    expect(matchesWord(tokens, "o'brian")).toBe(false);
  });

  it('leaves the words no contact is indexed by out of a query, unless nothing else is left', () => {
    expect(queryWords('  VP of Sales ')).toEqual(['vp', 'sales']);
    expect(queryWords('Acme Ltd')).toEqual(['acme']);
    expect(queryWords('of')).toEqual(['of']);
  });
});
