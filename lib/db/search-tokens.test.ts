import { describe, expect, it } from 'vitest';
import { matchesWord, searchTokens } from './search-tokens';

describe('search tokens', () => {
  it('keeps each word and each address with its domain, without phrases or stop words', () => {
    const tokens = searchTokens(['Ann Lee', 'Acme Corp', 'VP of Sales'], ['Ann.Lee@Acme.com']);
    expect(tokens.sort()).toEqual(['acme', 'acme.com', 'ann', 'ann.lee@acme.com', 'corp', 'lee', 'sales', 'vp'].sort());
  });

  it('folds case and accents and caps very long words', () => {
    const tokens = searchTokens(['Zoë Ångström', 'x'.repeat(500)]);
    expect(tokens).toContain('zoe');
    expect(tokens).toContain('angstrom');
    expect(Math.max(...tokens.map((t) => t.length))).toBe(60);
  });

  it('matches a query word that starts a token, or whose parts each start one', () => {
    const tokens = searchTokens(["Seán O'Brien"], ['sob@acme.example']);
    expect(matchesWord(tokens, 'sea')).toBe(true);
    expect(matchesWord(tokens, "o'brien")).toBe(true);
    expect(matchesWord(tokens, 'sob@acme.ex')).toBe(true);
    expect(matchesWord(tokens, 'acme.ex')).toBe(true);
    expect(matchesWord(tokens, 'brian')).toBe(false);
    expect(matchesWord(tokens, "o'brian")).toBe(false);
  });
});
