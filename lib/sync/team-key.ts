/**
 * The team key. The plain setup document `rapport-team` holds the PBKDF2 salt and iterations and a
 * key check value, so a wrong passphrase is found before anything is read or applied. PBKDF2 yields
 * 512 bits: an AES-256-GCM key for record bodies and an HMAC key for the revision ids of merges (so
 * two reps merging the same conflict make the same revision, and a revision id says nothing about
 * the plaintext).
 */
import * as z from 'zod/mini';
import { DEFAULT_PBKDF2_ITERATIONS, fromBase64, toBase64 } from '../io/encrypt';
import { SyncError } from './couch';

export const TEAM_DOC_ID = 'rapport-team';
const CHECK_TEXT = 'rapport team key check v1';
const MAX_ITERATIONS = 10_000_000;

export const TeamSetup = z.object({
  _id: z.literal(TEAM_DOC_ID),
  _rev: z.optional(z.string()),
  format: z.literal('rapport-team'),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().check(z.int(), z.minimum(100_000), z.maximum(MAX_ITERATIONS)),
    salt: z.string(),
  }),
  check: z.object({ iv: z.string(), data: z.string() }),
});
export type TeamSetup = z.infer<typeof TeamSetup>;

export interface TeamKey {
  aes: CryptoKey;
  hmac: CryptoKey;
}

async function deriveTeamKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<TeamKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, 512),
  );
  const aes = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const hmac = await crypto.subtle.importKey('raw', bits.slice(32), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return { aes, hmac };
}

const checkData = (iv: Uint8Array<ArrayBuffer>) => ({
  name: 'AES-GCM',
  iv,
  additionalData: new TextEncoder().encode(TEAM_DOC_ID),
});

/** A new team: its setup document (to store on the server) and its key. */
export async function createTeamSetup(
  passphrase: string,
  iterations = DEFAULT_PBKDF2_ITERATIONS,
): Promise<{ setup: TeamSetup; key: TeamKey }> {
  if (passphrase.length < 8) throw new RangeError('A team passphrase has at least 8 characters');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveTeamKey(passphrase, salt, iterations);
  const data = await crypto.subtle.encrypt(checkData(iv), key.aes, new TextEncoder().encode(CHECK_TEXT));
  return {
    setup: {
      _id: TEAM_DOC_ID,
      format: 'rapport-team',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
      check: { iv: toBase64(iv), data: toBase64(new Uint8Array(data)) },
    },
    key,
  };
}

/** The team key from the passphrase, or SyncError 'wrong-passphrase' when the check value does not open. */
export async function openTeamKey(setupDoc: unknown, passphrase: string): Promise<TeamKey> {
  const parsed = TeamSetup.safeParse(setupDoc);
  if (!parsed.success) throw new SyncError('not-a-team-database', 'This database holds no Rapport team');
  const { kdf, check } = parsed.data;
  try {
    const key = await deriveTeamKey(passphrase, fromBase64(kdf.salt), kdf.iterations);
    const plain = await crypto.subtle.decrypt(checkData(fromBase64(check.iv)), key.aes, fromBase64(check.data));
    if (new TextDecoder().decode(plain) !== CHECK_TEXT) throw new Error('check value differs');
    return key;
  } catch (cause) {
    throw new SyncError('wrong-passphrase', "The team passphrase does not open this team's data", { cause });
  }
}
