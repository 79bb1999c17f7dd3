import { useI18n } from '@/components/i18n';
import { describeProblem, WAITING_CODES } from '@/components/problem-text';

/** What the page's detector could not read, in sentences; "still loading" codes as a quiet note. */
export function Problems({ codes }: { codes: readonly string[] }) {
  const i18n = useI18n();
  const waiting = codes.some((c) => WAITING_CODES.includes(c));
  const real = codes.filter((c) => !WAITING_CODES.includes(c));
  return (
    <>
      {waiting ? <p class="muted">{i18n.t('sidebar.waiting')}</p> : null}
      {real.length ? (
        <div class="problems" role="alert">
          <p>{i18n.t('sidebar.problems.title')}</p>
          <ul>
            {real.map((code) => (
              <li key={code} data-code={code}>
                {describeProblem(i18n, code)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
