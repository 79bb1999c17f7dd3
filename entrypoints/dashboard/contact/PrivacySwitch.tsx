import { useI18n } from '@/components/i18n';
import { useChange } from '@/components/shell/use-change';
import { rpc } from '@/lib/protocol/client';

/** Keeps a note or an interaction on this machine only, or shares it with the team again (with Undo). */
export function PrivacySwitch({
  kind,
  id,
  isPrivate,
}: {
  kind: 'notes' | 'interactions';
  id: string;
  isPrivate: boolean;
}) {
  const { t } = useI18n();
  const { busy, run, done } = useChange();
  const set = (keep: boolean) => rpc(`${kind}.setPrivate`, { id, private: keep });
  const toggle = () =>
    run(async () => {
      await set(!isPrivate);
      done(t(isPrivate ? 'dashboard.note.madeShared' : 'dashboard.note.madePrivate'), () => set(isPrivate));
    });
  return (
    <button type="button" class="link small" disabled={busy} onClick={toggle}>
      {t(isPrivate ? 'dashboard.note.share' : 'dashboard.note.makePrivate')}
    </button>
  );
}
