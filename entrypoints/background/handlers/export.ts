import { exportPage } from '@/lib/db/export-page';
import type { HandlersOf } from '@/lib/protocol';
import type { exportVerbs } from '@/lib/protocol/export';
import type { HandlerDeps } from './deps';

export function exportHandlers({ db }: HandlerDeps): HandlersOf<typeof exportVerbs> {
  return {
    async 'export.page'({ store, after, limit }) {
      return exportPage(await db(), store, after, limit);
    },
  };
}
