import './duplicates.css';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { rpc, type VerbOutput } from '@/lib/protocol/client';
import { errorText } from '@/lib/protocol/error-text';

type Suggestion = VerbOutput<'duplicates.list'>[number];
type Summary = Suggestion['a'];
type Recent = VerbOutput<'duplicates.recentMerges'>[number];

const LIMIT = 100;

const describe = (c: Summary) =>
  [c.title, c.orgName, ...c.emails, c.linkedin && `in/${c.linkedin}`].filter(Boolean).join(' · ');

/**
 * Contacts that are probably one person, for the user to merge (choosing which record to keep, and confirming)
 * or to dismiss. Every merge can be undone, here or from the list of recent merges.
 */
export function Duplicates() {
  const i18n = useI18n();
  const { t, date } = i18n;
  const [pairs, setPairs] = useState<Suggestion[] | null>(null);
  const [recent, setRecent] = useState<Recent[]>([]);
  const [status, setStatus] = useState<{ text: string; error?: boolean; undoId?: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(() => {
    rpc('duplicates.list', { limit: LIMIT }).then(setPairs, (e: unknown) =>
      setStatus({ text: errorText(i18n, e), error: true }),
    );
    rpc('duplicates.recentMerges', {}).then(setRecent, () => setRecent([]));
  }, [i18n]);
  useEffect(load, [load]);

  const act = async (work: () => Promise<{ text: string; undoId?: string }>) => {
    setBusy(true);
    try {
      setStatus(await work());
    } catch (e) {
      setStatus({ text: errorText(i18n, e), error: true });
    } finally {
      setBusy(false);
      load();
    }
  };
  const merge = (keep: Summary, drop: Summary) =>
    act(async () => {
      const { undoId } = await rpc('duplicates.merge', { keepId: keep.id, dropId: drop.id });
      return { text: t('dashboard.dup.merged', { keep: keep.name, drop: drop.name }), undoId };
    });
  const undo = (id: string, keep: string, drop: string) =>
    act(async () => {
      await rpc('duplicates.undoMerge', { id });
      return { text: t('dashboard.dup.undone', { keep, drop }) };
    });
  const dismiss = (pair: Suggestion) =>
    act(async () => {
      await rpc('duplicates.dismiss', { a: pair.a.id, b: pair.b.id });
      return { text: '' };
    });
  const undoLast = (id: string) => {
    const m = recent.find((r) => r.id === id);
    if (m) undo(id, m.keep.name, m.drop.name);
  };

  return (
    <section class="duplicates" aria-labelledby="duplicates-title">
      <h2 id="duplicates-title">{t('dashboard.dup.title')}</h2>
      <p class="muted">{t('dashboard.dup.help')}</p>
      {status?.text ? (
        <p class={status.error ? 'error' : ''} role="status">
          {status.text}{' '}
          {status.undoId ? (
            <button type="button" disabled={busy} onClick={() => undoLast(status.undoId ?? '')}>
              {t('log.undo')}
            </button>
          ) : null}
        </p>
      ) : null}
      {pairs && !pairs.length ? <p class="muted">{t('dashboard.dup.none')}</p> : null}
      <ul class="pairs">
        {(pairs ?? []).map((pair) => (
          <Pair key={`${pair.a.id}|${pair.b.id}`} pair={pair} busy={busy} onMerge={merge} onDismiss={dismiss} />
        ))}
      </ul>
      {recent.length ? (
        <>
          <h3>{t('dashboard.dup.recent')}</h3>
          <ul class="recent-merges">
            {recent.map((m) => (
              <li key={m.id}>
                {t('dashboard.dup.recentItem', { drop: m.drop.name, keep: m.keep.name, date: date(m.at) })}{' '}
                <button type="button" disabled={busy} onClick={() => undo(m.id, m.keep.name, m.drop.name)}>
                  {t('dashboard.dup.undo', { drop: m.drop.name })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

function Pair(props: {
  pair: Suggestion;
  busy: boolean;
  onMerge(keep: Summary, drop: Summary): void;
  onDismiss(pair: Suggestion): void;
}) {
  const { t } = useI18n();
  const { pair } = props;
  const [confirming, setConfirming] = useState(false);
  const [keepA, setKeepA] = useState(true);
  const keep = keepA ? pair.a : pair.b;
  const drop = keepA ? pair.b : pair.a;
  const label = t('dashboard.dup.pair', { a: pair.a.name, b: pair.b.name });
  return (
    <li class="card pair" aria-label={label}>
      <p class="reason">{t(`dashboard.dup.reason.${pair.reason}`)}</p>
      {confirming ? null : (
        <ul class="contact-choices">
          {[pair.a, pair.b].map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong> <span class="muted">{describe(c)}</span>
            </li>
          ))}
        </ul>
      )}
      {confirming ? (
        <fieldset>
          <legend>{t('dashboard.dup.keepLabel')}</legend>
          {[pair.a, pair.b].map((c, i) => (
            <label key={c.id} class="contact-choice">
              <input
                type="radio"
                name={`keep-${pair.a.id}-${pair.b.id}`}
                checked={keepA === (i === 0)}
                onChange={() => setKeepA(i === 0)}
              />
              <strong>{c.name}</strong> <span class="muted">{describe(c)}</span>
            </label>
          ))}
          <p>{t('dashboard.dup.confirm', { keep: keep.name, drop: drop.name })}</p>
          <button type="button" class="primary" disabled={props.busy} onClick={() => props.onMerge(keep, drop)}>
            {t('dashboard.dup.confirmButton', { keep: keep.name })}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('dashboard.dup.cancel')}
          </button>
        </fieldset>
      ) : (
        <div>
          <button type="button" disabled={props.busy} onClick={() => setConfirming(true)}>
            {t('dashboard.dup.merge')}
          </button>{' '}
          <button type="button" disabled={props.busy} onClick={() => props.onDismiss(pair)}>
            {t('dashboard.dup.dismiss')}
          </button>
        </div>
      )}
    </li>
  );
}
