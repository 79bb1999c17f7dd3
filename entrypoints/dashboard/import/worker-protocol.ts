import type { BackupProblem } from '@/lib/io/backup';
import type { ContactImport } from '@/lib/io/contact-import';
import type { ImportErrorCode, RowProblem } from '@/lib/io/errors';
import type { ImportFormat, Mapping } from '@/lib/io/mapping';
import type { RestorableBackup } from './backup-read';

/** Valid contacts and bad rows of a file, bad rows in line order. */
export interface MappedRows {
  drafts: ContactImport[];
  problems: RowProblem[];
}

export interface CsvOverview {
  kind: 'csv';
  format: ImportFormat;
  headers: string[];
  mapping: Mapping;
  /** The first rows' cells, to show what each column holds. */
  sample: string[][];
}

/** What a file turned out to be, once read and checked. */
export type OpenedFile =
  | CsvOverview
  | { kind: 'vcard' }
  | { kind: 'encrypted-backup' }
  | { kind: 'backup'; backup: RestorableBackup }
  | { kind: 'invalid-backup'; problems: BackupProblem[] };

export type WorkerRequest =
  | { type: 'open'; file: Blob; name: string }
  | { type: 'map'; mapping: Mapping }
  | { type: 'decrypt'; passphrase: string }
  | { type: 'encrypt'; file: Blob; passphrase: string };

export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'opened'; file: OpenedFile }
  | { type: 'mapped'; rows: MappedRows }
  | { type: 'encrypted'; file: Blob }
  | { type: 'failed'; code: ImportErrorCode | 'internal'; message: string };
