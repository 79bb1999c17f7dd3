import type { StorePage } from '@/lib/db/export-page';
import type { RecordOf, StoreName } from '@/lib/db/schema';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, BACKUP_STORES } from '@/lib/io/backup';
import { contactsToCsv, dealsToCsv, interactionsToCsv } from '@/lib/io/csv-export';
import { ImportError } from '@/lib/io/errors';
import { toVCard } from '@/lib/io/vcard';
import { rpc } from '@/lib/protocol/client';
import { CHUNK_ROWS } from './chunks';
import type { OnProgress } from './worker-client';

export type ExportKind = 'contacts-csv' | 'interactions-csv' | 'deals-csv' | 'vcard' | 'backup';

export interface ExportOptions {
  signal: AbortSignal;
  onProgress: OnProgress;
  now: number;
}

/**
 * Builds an export file page by page: the background answers with pages of at most a megabyte
 * or so, each turned into text at once, and the Blob keeps the parts (not one giant string).
 */
export async function buildExport(kind: ExportKind, options: ExportOptions): Promise<Blob> {
  const stats = await rpc('workspace.stats', {});
  const reader = new StoreReader(options, (stores) => stores.reduce((sum, s) => sum + stats[s], 0));
  switch (kind) {
    case 'contacts-csv':
      return csvBlob(
        await reader.collect('contacts', ['contacts'], (page, first) => csvPart(contactsToCsv(page), first)),
      );
    case 'vcard': {
      const parts = await reader.collect('contacts', ['contacts'], (page) => toVCard(page));
      return new Blob(parts, { type: 'text/vcard;charset=utf-8' });
    }
    case 'interactions-csv': {
      const contactNames = await reader.names('contacts', ['contacts', 'interactions']);
      const toCsv = (page: RecordOf<'interactions'>[], first: boolean) =>
        csvPart(interactionsToCsv(page, { contactNames }), first);
      return csvBlob(await reader.collect('interactions', ['contacts', 'interactions'], toCsv));
    }
    case 'deals-csv': {
      const stores: StoreName[] = ['contacts', 'organisations', 'deals'];
      const contactNames = await reader.names('contacts', stores);
      const orgNames = await reader.names('organisations', stores);
      const toCsv = (page: RecordOf<'deals'>[], first: boolean) =>
        csvPart(dealsToCsv(page, { contactNames, orgNames }), first);
      return csvBlob(await reader.collect('deals', stores, toCsv));
    }
    case 'backup':
      return backupBlob(reader, options.now);
  }
}

/** The full backup as JSON text, one store after another. */
async function backupBlob(reader: StoreReader, now: number): Promise<Blob> {
  const header = {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
  };
  const parts: string[] = [`${JSON.stringify(header).slice(0, -1)},"data":{`];
  for (const [i, store] of BACKUP_STORES.entries()) {
    parts.push(`${i === 0 ? '' : ','}${JSON.stringify(store)}:[`);
    const pages = await reader.collect(store, BACKUP_STORES, (page, first) => {
      const text = page.map((record) => JSON.stringify(record)).join(',');
      return first || text === '' ? text : `,${text}`;
    });
    parts.push(...pages, ']');
  }
  parts.push('}}');
  return new Blob(parts, { type: 'application/json' });
}

class StoreReader {
  private done = 0;

  constructor(
    private readonly options: ExportOptions,
    private readonly totalOf: (stores: readonly StoreName[]) => number,
  ) {}

  /** Every record of `store`, turned into text a page at a time. */
  async collect<S extends StoreName>(
    store: S,
    stores: readonly StoreName[],
    toText: (page: RecordOf<S>[], first: boolean) => string,
  ): Promise<string[]> {
    const parts: string[] = [];
    for await (const page of this.pages(store, stores)) parts.push(toText(page, parts.length === 0));
    return parts;
  }

  /** Id -> name of every record of `store`, to show names instead of ids. */
  async names(store: 'contacts' | 'organisations', stores: readonly StoreName[]): Promise<Map<string, string>> {
    const names = new Map<string, string>();
    for await (const page of this.pages(store, stores)) for (const r of page) names.set(r.id, r.name);
    return names;
  }

  private async *pages<S extends StoreName>(store: S, stores: readonly StoreName[]): AsyncGenerator<RecordOf<S>[]> {
    let after: string | undefined;
    do {
      if (this.options.signal.aborted) throw new ImportError('cancelled', 'Cancelled');
      const page: StorePage = await rpc('export.page', { store, after, limit: CHUNK_ROWS });
      if (!isPageOf(page, store)) throw new Error('export-mismatch');
      this.done += page.records.length;
      this.options.onProgress(this.done, this.totalOf(stores));
      yield page.records;
      after = page.next;
    } while (after !== undefined);
  }
}

function isPageOf<S extends StoreName>(page: StorePage, store: S): page is Extract<StorePage, { store: S }> {
  return page.store === store;
}

/** Every page renders its own header (and BOM); only the first keeps them. */
function csvPart(csv: string, first: boolean): string {
  return first ? csv : csv.slice(csv.indexOf('\r\n') + 2);
}

function csvBlob(parts: string[]): Blob {
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}
