import { useI18n } from '@/components/i18n';
import { REASON_CODES, type ReasonCode } from '@/lib/crm/types';

const isReasonCode = (code: string): code is ReasonCode => (REASON_CODES as readonly string[]).includes(code);

/** The domain's explanations, translated; codes this version does not know are left out. */
export function ReasonList(props: {
  label: string;
  reasons: readonly { code: string; params?: Record<string, number> | undefined }[];
}) {
  const { t } = useI18n();
  const known = props.reasons.filter((r) => isReasonCode(r.code));
  if (known.length === 0) return null;
  return (
    <ul class="reasons" aria-label={props.label}>
      {known.map((r) => (
        <li key={r.code}>{isReasonCode(r.code) ? t(`reason.${r.code}`, r.params) : null}</li>
      ))}
    </ul>
  );
}
