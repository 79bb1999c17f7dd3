import type { I18n, MessageKey } from '@/lib/i18n';
import { sitesEn } from '@/lib/i18n/areas/sites';

/** Codes that mean "the page is still changing" (e.g. LinkedIn still showing the previous profile), not a failure. */
export const WAITING_CODES: readonly string[] = ['linkedin.page-stale', 'linkedin.profile-unconfirmed'];

const isKey = (key: string): key is MessageKey => Object.hasOwn(sitesEn, key);

/** A sentence for a problem code such as "gmail.subject-missing". */
export function describeProblem(i18n: I18n, code: string): string {
  const key = `sites.problem.${code}`;
  return isKey(key) ? i18n.t(key) : i18n.t('sites.problem.unknown', { code });
}
