import Papa, { type ParseConfig, type ParseStepResult } from 'papaparse';

/** The line break the file uses between rows (quoted fields may still contain others). */
export type Newline = '\r\n' | '\n' | '\r';

export interface CsvDialect {
  delimiter: string;
  newline: Newline;
}

/** One row as papaparse sees it, with its character span in the whole text. */
export interface RawRow {
  cells: string[];
  /** Offset of the row's first character. */
  start: number;
  /** Offset just past the row's line break. */
  end: number;
  quoteError?: 'unterminated-quote' | 'invalid-quote';
}

/**
 * Parses the rows of text[from, to). Unless `final`, the last row may be cut off by `to` and is
 * left unparsed; the return value is where the next call should start (the end of the last
 * complete row). `onRow` returning false stops early.
 */
export function parseRawRows(
  text: string,
  from: number,
  to: number,
  dialect: CsvDialect,
  final: boolean,
  onRow: (row: RawRow) => boolean | undefined,
): number {
  let start = from;
  const config: ParseConfig<unknown> = {
    delimiter: dialect.delimiter,
    newline: dialect.newline,
    step: (result: ParseStepResult<unknown>) => {
      const end = result.meta.cursor;
      const row: RawRow = { cells: firstRow(result.data), start, end };
      if (dialect.newline === '\n') stripTrailingCarriageReturn(row.cells);
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      if (quoteError) row.quoteError = quoteError.code === 'MissingQuotes' ? 'unterminated-quote' : 'invalid-quote';
      start = end;
      if (onRow(row) === false) parser.abort();
    },
  };
  const parser = new Papa.Parser(config);
  parser.parse(text.slice(from, to), from, !final);
  return start;
}

/** In step mode the low-level parser hands over `[row]`. */
function firstRow(data: unknown): string[] {
  const row: unknown = Array.isArray(data) ? data[0] : undefined;
  return Array.isArray(row) ? row.map(String) : [];
}

/** A "\r\n" row in a file that otherwise breaks lines with "\n". */
function stripTrailingCarriageReturn(cells: string[]): void {
  const last = cells.length - 1;
  const cell = cells[last];
  if (cell?.endsWith('\r')) cells[last] = cell.slice(0, -1);
}

/** The most common line break outside quoted fields. */
export function detectNewline(sample: string): Newline {
  const unquoted = sample.replace(/"[^"]*"/g, '');
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  for (let i = 0; i < unquoted.length; i++) {
    const c = unquoted.charCodeAt(i);
    if (c === 13) {
      if (unquoted.charCodeAt(i + 1) === 10) {
        crlf++;
        i++;
      } else cr++;
    } else if (c === 10) lf++;
  }
  if (crlf >= lf && crlf >= cr && crlf > 0) return '\r\n';
  return cr > lf ? '\r' : '\n';
}

/** Maps character offsets to 1-based physical line numbers, counting \r\n, \n and \r alike. */
export class LineCounter {
  private pos = 0;
  private line = 1;

  constructor(private readonly text: string) {}

  lineAt(offset: number): number {
    if (offset < this.pos) {
      this.pos = 0;
      this.line = 1;
    }
    const { text } = this;
    for (let i = this.pos; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.line++;
    }
    this.pos = offset;
    return this.line;
  }
}
