import { isCrmErrorCode } from '@/lib/db/errors';
import type { I18n } from '@/lib/i18n';
import { RpcError } from '@/lib/messaging/client';
import { describeError } from '../i18n';

/** A refused CRM change says why in the user's words; anything else is described as usual. */
export function crmErrorText(i18n: I18n, error: unknown): string {
  if (error instanceof RpcError && error.code === 'failed' && isCrmErrorCode(error.message)) {
    return i18n.t(`crm.error.${error.message}`);
  }
  return describeError(i18n, error);
}
