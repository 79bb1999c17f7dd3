export type Strength = 'too-short' | 'weak' | 'fair' | 'strong';

export const MIN_PASSPHRASE = 10;

/**
 * A rough guess of how hard a passphrase is to guess: length times the variety of characters
 * used, penalised for long runs of one character. A hint for the user, not a guarantee.
 */
export function passphraseStrength(passphrase: string): Strength {
  const chars = [...passphrase];
  if (chars.length < MIN_PASSPHRASE) return 'too-short';
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/\d/.test(passphrase)) pool += 10;
  if (/[^a-zA-Z\d]/.test(passphrase)) pool += 33;
  const distinct = new Set(chars).size;
  const bits = Math.min(chars.length, distinct * 2) * Math.log2(Math.max(pool, 2));
  if (bits < 50) return 'weak';
  return bits < 80 ? 'fair' : 'strong';
}
