import { describe, expect, it } from 'vitest';
import { fixtureBytes } from '../../tests/kit/io-fixtures';
import { decodeText } from './decode';
import { ImportError } from './errors';

const utf8 = (s: string) => new TextEncoder().encode(s);

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const [lo, hi] = [unit & 0xff, unit >> 8];
    bytes.push(...(endian === 'le' ? [lo, hi] : [hi, lo]));
  }
  return new Uint8Array(bytes);
}

function importErrorOf(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('decodeText', () => {
  it('reads plain UTF-8, accents included', () => {
    expect(decodeText(utf8('Name\nZoë Łódź'))).toEqual({ text: 'Name\nZoë Łódź', encoding: 'utf-8' });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b')]);
    expect(decodeText(bytes)).toEqual({ text: 'a,b', encoding: 'utf-8' });
  });

  it('reads the UTF-16LE fixture (with BOM) written by Excel/Outlook', () => {
    const { text, encoding } = decodeText(fixtureBytes('utf16.csv'));
    expect(encoding).toBe('utf-16le');
    expect(text.startsWith('First Name\tLast Name')).toBe(true);
    expect(text).toContain('美咲\t佐藤');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('reads UTF-16BE with a BOM', () => {
    expect(decodeText(utf16('Name,Email\nZoë,z@x.example', 'be', true))).toEqual({
      text: 'Name,Email\nZoë,z@x.example',
      encoding: 'utf-16be',
    });
  });

  it('recognises UTF-16 without a BOM by its NUL bytes, in either byte order', () => {
    expect(decodeText(utf16('First Name,Last Name\nAnn,Lee', 'le', false)).encoding).toBe('utf-16le');
    expect(decodeText(utf16('First Name,Last Name\nAnn,Lee', 'be', false))).toEqual({
      text: 'First Name,Last Name\nAnn,Lee',
      encoding: 'utf-16be',
    });
  });

  it('rejects Windows-1252 bytes with a clear encoding error instead of mangling names', () => {
    const latin1 = new Uint8Array([...utf8('Name\nZo'), 0xeb, ...utf8(' Martin')]); // "Zoë" in cp1252
    const error = importErrorOf(() => decodeText(latin1));
    expect(error.code).toBe('encoding');
    expect(error.message).toMatch(/UTF-8/);
  });

  it('rejects truncated UTF-16 and binary files', () => {
    expect(importErrorOf(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]))).code).toBe('encoding');
    expect(importErrorOf(() => decodeText(new Uint8Array([0x41, 0x00, 0x00, 0x00, 0x42, 0x43]))).code).toBe('encoding');
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
