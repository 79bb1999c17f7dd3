import { describe, expect, it } from 'vitest';
import { decryptBackup, EncryptedBackup, encryptBackup, fromBase64, isEncryptedBackup, toBase64 } from './encrypt';

const read = (file: string) => EncryptedBackup.parse(JSON.parse(file));

/** Real files use ≥ 600,000 iterations; tests keep PBKDF2 cheap. */
const FAST = { iterations: 1_000 };
const PLAINTEXT = JSON.stringify({ format: 'rapport-backup', note: 'Zoë 🎉 "quoted"' });

describe('encrypted backups', () => {
  it('round-trips with the right passphrase and records the KDF parameters in the file', async () => {
    const file = await encryptBackup(PLAINTEXT, 'correct horse battery staple', FAST);
    const parsed: unknown = JSON.parse(file);
    expect(parsed).toMatchObject({
      format: 'rapport-encrypted-backup',
      version: 1,
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 1_000 },
      cipher: { name: 'AES-GCM' },
    });
    expect(file).not.toContain('Zoë');
    expect(isEncryptedBackup(file)).toBe(true);
    expect(isEncryptedBackup(PLAINTEXT)).toBe(false);
    expect(await decryptBackup(file, 'correct horse battery staple')).toBe(PLAINTEXT);
  });

  it('uses a fresh 16-byte salt and 12-byte IV every time', async () => {
    const a = read(await encryptBackup(PLAINTEXT, 'pw', FAST));
    const b = read(await encryptBackup(PLAINTEXT, 'pw', FAST));
    expect(fromBase64(a.kdf.salt)).toHaveLength(16);
    expect(fromBase64(a.cipher.iv)).toHaveLength(12);
    expect(a.kdf.salt).not.toBe(b.kdf.salt);
    expect(a.data).not.toBe(b.data);
  });

  it('defaults to at least 600,000 PBKDF2 iterations', async () => {
    const file = read(await encryptBackup('x', 'pw'));
    expect(file.kdf.iterations).toBeGreaterThanOrEqual(600_000);
  });

  it('turns a wrong passphrase into ImportError "wrong-passphrase-or-corrupt", not a DOMException', async () => {
    const file = await encryptBackup(PLAINTEXT, 'right', FAST);
    const error = await decryptBackup(file, 'wrong').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ImportError', code: 'wrong-passphrase-or-corrupt' });
    expect(error).not.toBeInstanceOf(DOMException);
  });

  it('detects tampering with the ciphertext, the IV, the salt or the iteration count', async () => {
    const original = read(await encryptBackup(PLAINTEXT, 'pw', FAST));
    const flip = (b64: string) => {
      const bytes = fromBase64(b64);
      bytes[0] = (bytes[0] ?? 0) ^ 1;
      return toBase64(bytes);
    };
    const tampered = [
      { ...original, data: flip(original.data) },
      { ...original, cipher: { ...original.cipher, iv: flip(original.cipher.iv) } },
      { ...original, kdf: { ...original.kdf, salt: flip(original.kdf.salt) } },
      { ...original, kdf: { ...original.kdf, iterations: 1_001 } },
      { ...original, data: original.data.slice(0, 8) },
    ];
    for (const file of tampered) {
      await expect(decryptBackup(JSON.stringify(file), 'pw')).rejects.toMatchObject({
        code: 'wrong-passphrase-or-corrupt',
      });
    }
  });

  it('rejects files that are not encrypted backups, and empty passphrases', async () => {
    await expect(decryptBackup('{nope', 'pw')).rejects.toMatchObject({ code: 'not-encrypted-backup' });
    await expect(decryptBackup(PLAINTEXT, 'pw')).rejects.toMatchObject({ code: 'not-encrypted-backup' });
    const absurd = read(await encryptBackup('x', 'pw', FAST));
    absurd.kdf.iterations = 1e12;
    await expect(decryptBackup(JSON.stringify(absurd), 'pw')).rejects.toMatchObject({ code: 'not-encrypted-backup' });
    await expect(encryptBackup('x', '')).rejects.toMatchObject({ code: 'empty-passphrase' });
  });

  it('encodes large payloads through base64 intact', () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) & 0xff);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
  });
});
