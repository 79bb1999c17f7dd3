import { ImportError } from './errors';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** How many leading bytes the UTF-16 heuristic looks at. */
const SNIFF_BYTES = 4096;

/**
 * Turns an uploaded file into text. Honours a byte-order mark (and strips it); without one,
 * recognises UTF-16 by its NUL bytes (ASCII text in UTF-16 has a zero in every other byte) and
 * otherwise insists on valid UTF-8 rather than silently mangling names.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, bomLength } = sniffEncoding(bytes);
  const body = bytes.subarray(bomLength);
  if (encoding !== 'utf-8' && body.length % 2 !== 0) {
    throw new ImportError('encoding', `Odd number of bytes (${body.length}) for ${encoding} text`);
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch (cause) {
    throw new ImportError(
      'encoding',
      encoding === 'utf-8'
        ? 'The file is not valid UTF-8: save or export it as "CSV UTF-8" and try again'
        : `The file is not valid ${encoding}`,
      { cause },
    );
  }
  if (text.includes('\u0000')) {
    throw new ImportError('encoding', 'The file contains NUL characters: it is binary, not text');
  }
  return { text, encoding };
}

function sniffEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: guessUtf16WithoutBom(bytes) ?? 'utf-8', bomLength: 0 };
}

/** Mostly-Latin UTF-16 text has NULs in the high byte of nearly every code unit. */
function guessUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const units = length / 2;
  if (oddNuls / units > 0.3 && evenNuls / units < 0.05) return 'utf-16le';
  if (evenNuls / units > 0.3 && oddNuls / units < 0.05) return 'utf-16be';
  return undefined;
}
