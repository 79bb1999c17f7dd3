import type { RestoreData } from '@/lib/db/restore/staged';
import { ALL_STORES } from '@/lib/db/schema';
import type { ContactImport } from '@/lib/io/contact-import';
import { ImportError } from '@/lib/io/errors';
import type { VerbInput } from '@/lib/protocol';
import { rpc } from '@/lib/protocol/client';
import { chunksOf } from './chunks';
import type { OnProgress } from './worker-client';

export interface StageOptions {
  signal: AbortSignal;
  onProgress: OnProgress;
}

/** Opens an import journal and sends the drafts to it in chunks. Nothing reaches the workspace yet. */
export async function stageImport(drafts: readonly ContactImport[], { signal, onProgress }: StageOptions) {
  const { jobId } = await rpc('import.begin', {});
  try {
    let seq = 0;
    let sent = 0;
    for (const chunk of chunksOf(drafts)) {
      throwIfAborted(signal);
      await rpc('import.stage', { jobId, seq: seq++, drafts: chunk });
      sent += chunk.length;
      onProgress(sent, drafts.length);
    }
    throwIfAborted(signal);
    return jobId;
  } catch (error) {
    await rpc('import.cancel', { jobId }).catch(() => undefined);
    throw error;
  }
}

/** Opens a restore journal and sends every store of the backup to it in chunks. */
export async function stageRestore(data: RestoreData, { signal, onProgress }: StageOptions) {
  const expected = Object.fromEntries(ALL_STORES.map((store) => [store, data[store].length]));
  const total = ALL_STORES.reduce((sum, store) => sum + data[store].length, 0);
  const { jobId } = await rpc('restore.begin', { expected });
  try {
    let seq = 0;
    let sent = 0;
    const send = async (part: VerbInput<'restore.stage'>['part']) => {
      throwIfAborted(signal);
      await rpc('restore.stage', { jobId, seq: seq++, part });
      sent += part.records.length;
      onProgress(sent, total);
    };
    for (const records of chunksOf(data.contacts)) await send({ store: 'contacts', records });
    for (const records of chunksOf(data.organisations)) await send({ store: 'organisations', records });
    for (const records of chunksOf(data.interactions)) await send({ store: 'interactions', records });
    for (const records of chunksOf(data.deals)) await send({ store: 'deals', records });
    for (const records of chunksOf(data.notes)) await send({ store: 'notes', records });
    for (const records of chunksOf(data.complaints)) await send({ store: 'complaints', records });
    for (const records of chunksOf(data.feedback)) await send({ store: 'feedback', records });
    throwIfAborted(signal);
    return jobId;
  } catch (error) {
    await rpc('import.cancel', { jobId }).catch(() => undefined);
    throw error;
  }
}

function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new ImportError('cancelled', 'Cancelled');
}
