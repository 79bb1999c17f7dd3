import type { I18n, MessageKey } from '../i18n';
import { isImportError } from '../io/errors';
import { RpcError } from './client';
import { CRM_REASONS, IDENTITY_REASONS, JOB_REASONS, type Reason } from './reasons';

const isIn = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** Where each reason's text lives: the area of the pages that meet it most. */
function reasonKey(reason: Reason): MessageKey {
  if (isIn(CRM_REASONS, reason)) return `common.error.${reason}`;
  if (isIn(IDENTITY_REASONS, reason)) return `sites.error.${reason}`;
  if (reason === 'import-cancelled') return 'import.error.cancelled';
  if (isIn(JOB_REASONS, reason)) return `import.error.${reason}`;
  return `import.error.${reason}`;
}

/**
 * A message a user can act on, for any failure of a request: a refusal in their words by its reason,
 * a file the page could not read by its code, anything else by the kind of failure.
 */
export function errorText(i18n: I18n, error: unknown): string {
  if (error instanceof RpcError) {
    if (error.reason) return i18n.t(reasonKey(error.reason));
    return i18n.t(`error.${error.code}`, { message: error.message });
  }
  if (isImportError(error)) return i18n.t(`import.error.${error.code}`);
  return i18n.t('error.generic', { message: error instanceof Error ? error.message : String(error) });
}
