import { describeError } from '@/components/i18n';
import type { I18n, MessageKey } from '@/lib/i18n';
import { IMPORT_ERROR_CODES, type ImportErrorCode, isImportError } from '@/lib/io/errors';
import { RpcError } from '@/lib/messaging/client';

/** Codes the background's import, restore and export verbs fail with. */
export const JOB_ERROR_CODES = ['import-not-found', 'restore-incomplete', 'restore-invalid'] as const;
type IoErrorCode = ImportErrorCode | (typeof JOB_ERROR_CODES)[number];

const isIoCode = (value: string): value is IoErrorCode =>
  (IMPORT_ERROR_CODES as readonly string[]).includes(value) || (JOB_ERROR_CODES as readonly string[]).includes(value);

export const ioErrorKey = (code: IoErrorCode): MessageKey => `io.error.${code}`;

/** A translated message for anything an import, restore or export can fail with. */
export function describeIoError(i18n: I18n, error: unknown): string {
  if (isImportError(error)) return i18n.t(ioErrorKey(error.code));
  if (error instanceof RpcError && error.code === 'failed' && isIoCode(error.message)) {
    return i18n.t(ioErrorKey(error.message));
  }
  return describeError(i18n, error);
}

/** Cancelled by the user: in the page (reading, staging) or in the background (committing, restoring). */
export function isCancelled(error: unknown): boolean {
  return isImportError(error, 'cancelled') || (error instanceof RpcError && error.message === 'import-cancelled');
}
