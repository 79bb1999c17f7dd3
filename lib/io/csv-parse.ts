import { type CsvLayout, type CsvLayoutOptions, detectCsvLayout } from './csv-layout';
import { LineCounter, parseRawRows, type RawRow } from './csv-rows';
import { ImportError, type RowProblem } from './errors';

export interface CsvRow {
  /** 1-based physical line where the row starts (quoted fields may span several lines). */
  line: number;
  cells: string[];
}

export interface CsvParseOptions extends CsvLayoutOptions {
  /** Longest accepted field, in characters (default 100,000, about 100 KB). */
  maxFieldChars?: number;
  /** Stop after this many data rows, reporting 'too-many-rows' (default: no limit). */
  maxRows?: number;
  /** Characters parsed per batch (default 256 Ki); a longer row just makes its batch bigger. */
  chunkChars?: number;
}

export interface CsvProgress {
  rows: number;
  problems: number;
  charsRead: number;
  totalChars: number;
}

export interface CsvBatch {
  rows: CsvRow[];
  problems: RowProblem[];
  progress: CsvProgress;
}

export interface CsvParseResult {
  headers: string[];
  headerLine: number;
  delimiter: string;
  rows: CsvRow[];
  problems: RowProblem[];
}

export interface CsvChunkedOptions extends CsvParseOptions {
  signal?: AbortSignal;
  onProgress?: (progress: CsvProgress) => void;
}

export const DEFAULT_MAX_FIELD_CHARS = 100_000;
const DEFAULT_CHUNK_CHARS = 256 * 1024;

/** Parses a whole CSV file at once. Malformed rows become problems; only an empty or headerless file throws. */
export function parseCsv(input: string, options: CsvParseOptions = {}): CsvParseResult {
  const text = stripBom(input);
  const layout = detectCsvLayout(text, options);
  const result = emptyResult(layout);
  for (const batch of readCsvBatches(text, layout, options)) appendBatch(result, batch);
  return result;
}

/**
 * Parses a large file in batches, yielding to the event loop between them so the UI can show
 * progress; aborting the signal rejects with ImportError 'cancelled'.
 */
export async function parseCsvChunked(input: string, options: CsvChunkedOptions = {}): Promise<CsvParseResult> {
  throwIfCancelled(options.signal);
  const text = stripBom(input);
  const layout = detectCsvLayout(text, options);
  const result = emptyResult(layout);
  for await (const batch of iterateCsvBatches(text, layout, options)) {
    appendBatch(result, batch);
    options.onProgress?.(batch.progress);
  }
  return result;
}

/** Batches of parsed rows, pausing between them and honouring `signal`. */
export async function* iterateCsvBatches(
  text: string,
  layout: CsvLayout,
  options: CsvParseOptions & { signal?: AbortSignal } = {},
): AsyncGenerator<CsvBatch> {
  const batches = readCsvBatches(text, layout, options);
  for (;;) {
    throwIfCancelled(options.signal);
    const next = batches.next();
    if (next.done) return;
    yield next.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The synchronous core: parses the rows after the header, a chunk of text at a time. */
export function* readCsvBatches(text: string, layout: CsvLayout, options: CsvParseOptions = {}): Generator<CsvBatch> {
  const maxFieldChars = options.maxFieldChars ?? DEFAULT_MAX_FIELD_CHARS;
  const baseChunk = options.chunkChars ?? DEFAULT_CHUNK_CHARS;
  const lines = new LineCounter(text);
  const width = layout.headers.length;
  let pos = layout.bodyStart;
  let chunk = baseChunk;
  let rowCount = 0;
  let problemCount = 0;
  let stopped = false;
  while (pos < text.length && !stopped) {
    const end = Math.min(text.length, pos + chunk);
    const final = end === text.length;
    const rows: CsvRow[] = [];
    const problems: RowProblem[] = [];
    const consumed = parseRawRows(text, pos, end, layout, final, (raw) => {
      if (raw.cells.every((c) => c.trim() === '')) return true;
      const line = lines.lineAt(raw.start);
      if (options.maxRows !== undefined && rowCount + problemCount >= options.maxRows) {
        problems.push({ line, reason: 'too-many-rows', detail: `more than ${options.maxRows} rows` });
        stopped = true;
        return false;
      }
      const problem = rowProblem(raw, width, maxFieldChars);
      if (problem) {
        problems.push({ line, ...problem });
        problemCount++;
      } else {
        rows.push({ line, cells: fitToWidth(raw.cells, width) });
        rowCount++;
      }
      return true;
    });
    if (consumed === pos && !final && !stopped) {
      chunk *= 2; // One row is longer than the chunk: read further before parsing it.
      continue;
    }
    chunk = baseChunk;
    pos = final || stopped ? text.length : consumed;
    yield {
      rows,
      problems,
      progress: { rows: rowCount, problems: problemCount, charsRead: pos, totalChars: text.length },
    };
  }
}

function rowProblem(raw: RawRow, width: number, maxFieldChars: number): Omit<RowProblem, 'line'> | undefined {
  if (raw.quoteError) return { reason: raw.quoteError };
  const huge = raw.cells.findIndex((c) => c.length > maxFieldChars);
  if (huge >= 0) return { reason: 'field-too-large', detail: `column ${huge + 1}` };
  const cells = fitToWidth(raw.cells, width);
  if (cells.length !== width) {
    return { reason: 'wrong-field-count', detail: `${cells.length} fields, expected ${width}` };
  }
  return undefined;
}

/** Tolerates trailing empty fields beyond the header (a trailing delimiter). */
function fitToWidth(cells: string[], width: number): string[] {
  if (cells.length <= width || cells.slice(width).some((c) => c.trim() !== '')) return cells;
  return cells.slice(0, width);
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function emptyResult(layout: CsvLayout): CsvParseResult {
  return {
    headers: layout.headers,
    headerLine: layout.headerLine,
    delimiter: layout.delimiter,
    rows: [],
    problems: [],
  };
}

function appendBatch(result: CsvParseResult, batch: CsvBatch): void {
  for (const row of batch.rows) result.rows.push(row);
  for (const problem of batch.problems) result.problems.push(problem);
}

export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ImportError('cancelled', 'The import was cancelled');
}
