import type { MessageKey } from '@/lib/i18n';
import { type ImportErrorCode, isImportError } from '@/lib/io/errors';
import { RpcError } from '@/lib/protocol/client';

export const ioErrorKey = (code: ImportErrorCode): MessageKey => `import.error.${code}`;

/** Cancelled by the user: in the page (reading, staging) or in the background (committing, restoring). */
export function isCancelled(error: unknown): boolean {
  return isImportError(error, 'cancelled') || (error instanceof RpcError && error.reason === 'import-cancelled');
}
