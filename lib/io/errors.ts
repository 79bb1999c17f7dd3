/**
 * Everything that can go wrong while importing, restoring or decrypting, as stable codes.
 * The UI translates the code; the message is for developers and logs.
 */
export const IMPORT_ERROR_CODES = [
  // Reading the file
  'encoding',
  'empty-file',
  'no-header',
  'cancelled',
  // CSV rows
  'unterminated-quote',
  'invalid-quote',
  'wrong-field-count',
  'field-too-large',
  'too-many-rows',
  // Turning a row or card into a contact
  'missing-name-and-email',
  'invalid-email',
  'field-too-long',
  'invalid-field',
  'unterminated-vcard',
  // Backups
  'not-json',
  'not-a-backup',
  'encrypted-backup',
  'unsupported-version',
  'invalid-backup',
  'duplicate-id',
  // Encrypted backups
  'not-encrypted-backup',
  'wrong-passphrase-or-corrupt',
  'empty-passphrase',
] as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** A problem tied to one record of the file, reported instead of aborting the whole import. */
export interface RowProblem {
  /** 1-based physical line where the row, card or record starts. */
  line: number;
  reason: ImportErrorCode;
  /** Developer-facing detail (e.g. the offending column); never shown untranslated. */
  detail?: string;
}

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly line?: number;

  constructor(code: ImportErrorCode, message: string, options: { line?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ImportError';
    this.code = code;
    if (options.line !== undefined) this.line = options.line;
  }
}

export function isImportError(error: unknown, code?: ImportErrorCode): error is ImportError {
  return error instanceof ImportError && (code === undefined || error.code === code);
}
