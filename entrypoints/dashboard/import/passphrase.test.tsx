import { describe, expect, it } from 'vitest';
import { passphraseStrength } from './passphrase';

describe('passphraseStrength', () => {
  it.each([
    ['hunter2', 'too-short'],
    ['aaaaaaaaaaaaaaaa', 'weak'],
    ['correcthorse', 'fair'],
    ['correct horse battery staple', 'strong'],
    ['Tr0ub4dor&3-xyz!', 'strong'],
  ])('rates %s as %s', (passphrase, strength) => {
    expect(passphraseStrength(passphrase)).toBe(strength);
  });
});
