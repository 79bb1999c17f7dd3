import { type CsvDialect, detectNewline, LineCounter, parseRawRows, type RawRow } from './csv-rows';
import { ImportError } from './errors';
import { isKnownHeaderRow } from './mapping';

/** Where the table starts: dialect, header row, and the offset and line of the first data row. */
export interface CsvLayout extends CsvDialect {
  headers: string[];
  headerLine: number;
  bodyStart: number;
  bodyLine: number;
}

export interface CsvLayoutOptions {
  /** Force a delimiter instead of detecting one. */
  delimiter?: string;
  /** Recognises a real header row below a preamble; defaults to the known export formats. */
  isHeaderRow?: (cells: readonly string[]) => boolean;
}

export const CANDIDATE_DELIMITERS = [',', ';', '\t', '|'] as const;
const SAMPLE_CHARS = 64 * 1024;
const SAMPLE_ROWS = 100;

interface Candidate {
  delimiter: string;
  header: RawRow;
  /** Share of sampled rows with the header's field count. */
  consistency: number;
}

/**
 * Finds the delimiter and the header row. A row matching a known export format wins outright
 * (which skips LinkedIn's "Notes:" preamble); otherwise the delimiter that splits the sample
 * into the most consistent number of fields is taken, with its first multi-field row as header.
 */
export function detectCsvLayout(text: string, options: CsvLayoutOptions = {}): CsvLayout {
  if (text.trim() === '') throw new ImportError('empty-file', 'The file is empty');
  const sample = text.slice(0, SAMPLE_CHARS);
  const newline = detectNewline(sample);
  const isHeaderRow = options.isHeaderRow ?? isKnownHeaderRow;
  const delimiters = options.delimiter ? [options.delimiter] : CANDIDATE_DELIMITERS;
  let best: Candidate | undefined;
  for (const delimiter of delimiters) {
    const rows = sampleRows(sample, { delimiter, newline }, sample.length === text.length);
    const known = rows.find((row) => row.cells.length > 1 && isHeaderRow(row.cells.map((c) => c.trim())));
    if (known) return layoutFrom(text, { delimiter, newline }, known);
    const candidate = scoreDelimiter(delimiter, rows);
    if (candidate && (!best || candidate.consistency > best.consistency)) best = candidate;
  }
  if (best) return layoutFrom(text, { delimiter: best.delimiter, newline }, best.header);
  // A single column: take the first non-empty row as the header.
  const delimiter = options.delimiter ?? ',';
  const first = sampleRows(sample, { delimiter, newline }, sample.length === text.length)[0];
  if (!first) throw new ImportError('no-header', 'No header row found');
  return layoutFrom(text, { delimiter, newline }, first);
}

function sampleRows(sample: string, dialect: CsvDialect, wholeFile: boolean): RawRow[] {
  const rows: RawRow[] = [];
  parseRawRows(sample, 0, sample.length, dialect, wholeFile, (row) => {
    if (row.cells.some((c) => c.trim() !== '')) rows.push(row);
    return rows.length < SAMPLE_ROWS;
  });
  return rows;
}

function scoreDelimiter(delimiter: string, rows: readonly RawRow[]): Candidate | undefined {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.cells.length, (counts.get(row.cells.length) ?? 0) + 1);
  let modal = 0;
  let modalCount = 0;
  for (const [width, count] of counts) {
    if (width > 1 && (count > modalCount || (count === modalCount && width > modal))) {
      modal = width;
      modalCount = count;
    }
  }
  // Preamble lines above an unknown table are single fields; the first wider row is the header.
  const header = modal > 1 ? rows.find((row) => row.cells.length > 1) : undefined;
  if (!header) return undefined;
  return { delimiter, header, consistency: modalCount / rows.length };
}

function layoutFrom(text: string, dialect: CsvDialect, header: RawRow): CsvLayout {
  const lines = new LineCounter(text);
  const headers = header.cells.map((cell, i) => (i === 0 ? cell.replace(/^\uFEFF/, '') : cell).trim());
  return {
    ...dialect,
    headers,
    headerLine: lines.lineAt(header.start),
    bodyStart: header.end,
    bodyLine: lines.lineAt(header.end),
  };
}
