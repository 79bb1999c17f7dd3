import * as z from 'zod/mini';
import { ENCRYPTED_BACKUP_FORMAT } from './backup-migrate';
import { ImportError } from './errors';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; stored per file so it can rise later. */
export const DEFAULT_PBKDF2_ITERATIONS = 600_000;
/** A hostile file must not make us hash for hours. */
const MAX_PBKDF2_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

const Base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));

export const EncryptedBackup = z.object({
  format: z.literal(ENCRYPTED_BACKUP_FORMAT),
  version: z.literal(1),
  kdf: z.object({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_PBKDF2_ITERATIONS)),
    salt: Base64,
  }),
  cipher: z.object({ name: z.literal('AES-GCM'), iv: Base64 }),
  data: Base64,
});
export type EncryptedBackup = z.infer<typeof EncryptedBackup>;

/** Encrypts a backup's JSON text with a passphrase: PBKDF2-SHA-256 -> AES-256-GCM, as a JSON file. */
export async function encryptBackup(
  plaintext: string,
  passphrase: string,
  options: { iterations?: number } = {},
): Promise<string> {
  if (passphrase === '') throw new ImportError('empty-passphrase', 'A passphrase is required');
  const iterations = options.iterations ?? DEFAULT_PBKDF2_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_PBKDF2_ITERATIONS) {
    throw new RangeError(`PBKDF2 iterations must be an integer from 1 to ${MAX_PBKDF2_ITERATIONS}`);
  }
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plaintext));
  const file: EncryptedBackup = {
    format: ENCRYPTED_BACKUP_FORMAT,
    version: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', iv: toBase64(iv) },
    data: toBase64(new Uint8Array(ciphertext)),
  };
  return JSON.stringify(file);
}

/**
 * Decrypts a file made by encryptBackup. A wrong passphrase and a tampered file look the same
 * to AES-GCM, so both are ImportError 'wrong-passphrase-or-corrupt'; a file that is not an
 * encrypted backup at all is 'not-encrypted-backup'.
 */
export async function decryptBackup(file: string, passphrase: string): Promise<string> {
  const parsed = EncryptedBackup.safeParse(parseJson(file));
  if (!parsed.success) throw new ImportError('not-encrypted-backup', 'Not a Rapport encrypted backup');
  const { kdf, cipher, data } = parsed.data;
  const salt = fromBase64(kdf.salt);
  const iv = fromBase64(cipher.iv);
  if (salt.length !== SALT_BYTES || iv.length !== IV_BYTES) throw wrongPassphraseOrCorrupt();
  try {
    const key = await deriveKey(passphrase, salt, kdf.iterations);
    const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, fromBase64(data));
    return new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
  } catch (cause) {
    throw wrongPassphraseOrCorrupt(cause);
  }
}

/** Whether a file's text is an encrypted backup (so the UI asks for the passphrase). */
export function isEncryptedBackup(text: string): boolean {
  const value = parseJson(text);
  return typeof value === 'object' && value !== null && 'format' in value && value.format === ENCRYPTED_BACKUP_FORMAT;
}

async function deriveKey(passphrase: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function wrongPassphraseOrCorrupt(cause?: unknown): ImportError {
  return new ImportError(
    'wrong-passphrase-or-corrupt',
    'Could not decrypt the backup: the passphrase is wrong or the file was altered or damaged',
    { cause },
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const CHUNK = 0x8000;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  let binary: string;
  try {
    binary = atob(text);
  } catch (cause) {
    throw wrongPassphraseOrCorrupt(cause);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
