import { isReasonCode } from '@/components/card-view';
import { useI18n } from '@/components/i18n';

/** The domain's explanations, translated; codes this version does not know are left out. */
export function ReasonList(props: {
  label: string;
  reasons: readonly { code: string; params?: Record<string, number> | undefined }[];
}) {
  const { t } = useI18n();
  // A reason whose figure is unreadable would print NaN: left out with the unknown ones.
  const known = props.reasons.filter(
    (r) => isReasonCode(r.code) && Object.values(r.params ?? {}).every((v) => Number.isFinite(v)),
  );
  if (known.length === 0) return null;
  return (
    <ul class="reasons" aria-label={props.label}>
      {known.map((r) => (
        <li key={r.code}>{isReasonCode(r.code) ? t(`reason.${r.code}`, r.params) : null}</li>
      ))}
    </ul>
  );
}
