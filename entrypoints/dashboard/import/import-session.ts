import { ENCRYPTED_BACKUP_FORMAT } from '@/lib/io/backup-migrate';
import { type CsvRow, parseCsvChunked } from '@/lib/io/csv-parse';
import { decodeText } from '@/lib/io/decode';
import { decryptBackup } from '@/lib/io/encrypt';
import type { RowProblem } from '@/lib/io/errors';
import { applyMapping, detectFormat, type Mapping } from '@/lib/io/mapping';
import { vcardsToImports } from '@/lib/io/vcard';
import { readBackup } from './backup-read';
import type { MappedRows, OpenedFile } from './worker-protocol';

export type Progress = (done: number, total: number) => void;

/** More rows than this is not an address book: stop rather than exhaust memory. */
export const MAX_IMPORT_ROWS = 500_000;
const SAMPLE_ROWS = 5;
const MAP_SLICE = 5000;

/**
 * One file being imported, kept where it was parsed (a worker): the parsed rows stay here so a
 * changed column mapping is applied again without reading the file twice.
 */
export class ImportSession {
  private csv?: { rows: CsvRow[]; problems: RowProblem[]; source: string };
  private vcard?: MappedRows;
  private encrypted?: string;

  /** Decodes the file, recognises what it is, and parses it. Throws ImportError for unreadable files. */
  async open(bytes: Uint8Array, name: string, progress: Progress): Promise<OpenedFile> {
    this.csv = this.vcard = this.encrypted = undefined;
    const { text } = decodeText(bytes);
    const kind = sniffKind(text, name);
    if (kind === 'backup') return this.openBackup(text);
    if (kind === 'vcard') {
      this.vcard = vcardsToImports(text);
      return { kind: 'vcard' };
    }
    const parsed = await parseCsvChunked(text, {
      maxRows: MAX_IMPORT_ROWS,
      onProgress: (p) => progress(p.charsRead, p.totalChars),
    });
    const detected = detectFormat(parsed.headers);
    this.csv = { rows: parsed.rows, problems: parsed.problems, source: detected.source };
    return {
      kind: 'csv',
      format: detected.format,
      headers: parsed.headers,
      mapping: detected.mapping,
      sample: parsed.rows.slice(0, SAMPLE_ROWS).map((row) => row.cells),
    };
  }

  /** The contacts the file gives under `mapping` (a vCard file ignores it). */
  map(mapping: Mapping, progress: Progress): MappedRows {
    if (this.vcard) return this.vcard;
    if (!this.csv) return { drafts: [], problems: [] };
    const { rows, source } = this.csv;
    const drafts: MappedRows['drafts'] = [];
    const problems = [...this.csv.problems];
    for (let start = 0; start < rows.length; start += MAP_SLICE) {
      for (const row of rows.slice(start, start + MAP_SLICE)) {
        const result = applyMapping(row, mapping, source);
        if (result.ok) drafts.push(result.draft);
        else problems.push(result.problem);
      }
      progress(Math.min(rows.length, start + MAP_SLICE), rows.length);
    }
    problems.sort((a, b) => a.line - b.line);
    return { drafts, problems };
  }

  /** Opens the encrypted backup read last. Throws ImportError 'wrong-passphrase-or-corrupt'. */
  async decrypt(passphrase: string): Promise<OpenedFile> {
    if (this.encrypted === undefined) return { kind: 'invalid-backup', problems: [] };
    return this.openBackup(await decryptBackup(this.encrypted, passphrase));
  }

  private openBackup(text: string): OpenedFile {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return { kind: 'invalid-backup', problems: [{ path: '', code: 'not-json', message: 'not JSON' }] };
    }
    if (typeof json === 'object' && json !== null && 'format' in json && json.format === ENCRYPTED_BACKUP_FORMAT) {
      this.encrypted = text;
      return { kind: 'encrypted-backup' };
    }
    const reading = readBackup(json);
    return reading.ok
      ? { kind: 'backup', backup: reading.backup }
      : { kind: 'invalid-backup', problems: reading.problems };
  }
}

/** A backup is a JSON object and a vCard file starts with BEGIN:VCARD; anything else is read as CSV. */
export function sniffKind(text: string, name: string): 'backup' | 'vcard' | 'csv' {
  const head = text.trimStart().slice(0, 20);
  if (head.startsWith('{') || /\.json$/i.test(name)) return 'backup';
  if (/^BEGIN:VCARD/i.test(head) || /\.vcf$/i.test(name)) return 'vcard';
  return 'csv';
}
