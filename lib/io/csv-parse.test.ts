import { describe, expect, it } from 'vitest';
import { fixtureText } from '../../tests/kit/io-fixtures';
import { parseCsv, parseCsvChunked } from './csv-parse';
import { ImportError } from './errors';

describe('parseCsv', () => {
  it('handles quoted fields, escaped quotes, embedded newlines and trailing empty lines', () => {
    const text = 'Name,Notes\r\n"Lee, Ann","Line one\r\nLine ""two"""\r\nBob,plain\r\n\r\n\r\n';
    const { headers, rows, problems } = parseCsv(text);
    expect(headers).toEqual(['Name', 'Notes']);
    expect(rows).toEqual([
      { line: 2, cells: ['Lee, Ann', 'Line one\r\nLine "two"'] },
      { line: 4, cells: ['Bob', 'plain'] },
    ]);
    expect(problems).toEqual([]);
  });

  it('counts physical lines across embedded newlines of every kind', () => {
    const text = 'a,b\n"1\n2\n3",x\n"y\r\nz",w\nlast,row\n';
    expect(parseCsv(text).rows.map((r) => r.line)).toEqual([2, 5, 7]);
  });

  it.each([
    [',', 'google-contacts.csv', 6],
    [',', 'outlook.csv', 3],
    [';', 'outlook-semicolon.csv', 3],
    [',', 'hubspot.csv', 4],
    [',', 'salesforce.csv', 3],
  ])('detects delimiter %j in %s', (delimiter, file, count) => {
    const result = parseCsv(fixtureText(file));
    expect(result.delimiter).toBe(delimiter);
    expect(result.rows).toHaveLength(count);
    expect(result.problems).toEqual([]);
    expect(result.rows.every((r) => r.cells.length === result.headers.length)).toBe(true);
  });

  it('detects tab and semicolon delimiters in unknown layouts', () => {
    expect(parseCsv('Ref\tAmount\tWhen\nA1\t10\t2024\nA2\t11\t2024\n').delimiter).toBe('\t');
    expect(parseCsv('Ref;Amount;Note\nA1;10,5;x, y\nA2;11,0;z\n').delimiter).toBe(';');
  });

  it('skips the LinkedIn "Notes:" preamble to the real header row', () => {
    const result = parseCsv(fixtureText('linkedin-connections.csv'));
    expect(result.headerLine).toBe(4);
    expect(result.headers).toEqual([
      'First Name',
      'Last Name',
      'URL',
      'Email Address',
      'Company',
      'Position',
      'Connected On',
    ]);
    expect(result.rows).toHaveLength(5);
    expect(result.rows[0]).toEqual({
      line: 5,
      cells: ['Ann', 'Lee', 'https://www.linkedin.com/in/ann-lee-acme', '', 'Acme Corp', 'VP Sales', '12 Mar 2024'],
    });
    expect(result.problems).toEqual([]);
  });

  it('reports broken quoting and wrong field counts at the right line, keeping the good rows', () => {
    const result = parseCsv(fixtureText('broken-quoting.csv'));
    expect(result.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'Ann Lee'],
      [3, 'Bob "Bobby" Stone'],
      [4, 'Carol King'],
    ]);
    expect(result.problems).toEqual([
      { line: 5, reason: 'wrong-field-count', detail: '4 fields, expected 3' },
      { line: 6, reason: 'unterminated-quote' },
    ]);
  });

  it('reports a malformed closing quote as invalid-quote at the row where it starts', () => {
    const text = 'Name,Email\nAnn,ann@x.example\n"Gina" Hill,gina@hill.example\nHugo,"h@x.example"\n';
    const { problems } = parseCsv(text);
    expect(problems[0]).toEqual({ line: 3, reason: 'invalid-quote' });
  });

  it('tolerates a trailing delimiter but not extra values', () => {
    const { rows, problems } = parseCsv('a,b\n1,2,\n3,4,5\n');
    expect(rows).toEqual([{ line: 2, cells: ['1', '2'] }]);
    expect(problems).toEqual([{ line: 3, reason: 'wrong-field-count', detail: '3 fields, expected 2' }]);
  });

  it('rejects fields over the size cap as a row problem, not a crash', () => {
    const huge = 'x'.repeat(150_000);
    const text = `Name,Notes\nAnn,short\nBob,"${huge}"\nCarol,${huge}\nDan,ok\n`;
    const { rows, problems } = parseCsv(text, { chunkChars: 4096 });
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'Ann'],
      [5, 'Dan'],
    ]);
    expect(problems).toEqual([
      { line: 3, reason: 'field-too-large', detail: 'column 2' },
      { line: 4, reason: 'field-too-large', detail: 'column 2' },
    ]);
    expect(parseCsv(text, { maxFieldChars: 200_000 }).rows).toHaveLength(4);
  });

  it('stops at maxRows with a problem', () => {
    const { rows, problems } = parseCsv('a,b\n1,2\n3,4\n5,6\n', { maxRows: 2 });
    expect(rows).toHaveLength(2);
    expect(problems).toEqual([{ line: 4, reason: 'too-many-rows', detail: 'more than 2 rows' }]);
  });

  it('throws empty-file for an empty or blank file', () => {
    expect(() => parseCsv('')).toThrow(ImportError);
    try {
      parseCsv('\n \r\n');
    } catch (error) {
      expect(error instanceof ImportError && error.code).toBe('empty-file');
    }
  });

  it('accepts a leading BOM and a header-only file', () => {
    expect(parseCsv('\uFEFFName,Email\n')).toMatchObject({ headers: ['Name', 'Email'], rows: [], problems: [] });
  });
});

function generatedCsv(rows: number): string {
  const lines = ['First Name,Last Name,Email,Company,Notes'];
  for (let i = 0; i < rows; i++) {
    const notes = i % 100 === 0 ? `"Multi-line\nnote ${i}, with ""quotes"""` : `note ${i}`;
    lines.push(`First${i},Last${i},person${i}@example.com,"Company ${i % 50}, Inc",${notes}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('parseCsvChunked', () => {
  it('parses 100,000 generated rows in batches with progress and exact line numbers', async () => {
    const text = generatedCsv(100_000);
    const progress: number[] = [];
    const result = await parseCsvChunked(text, { onProgress: (p) => progress.push(p.rows) });
    expect(result.rows).toHaveLength(100_000);
    expect(result.problems).toEqual([]);
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)).toBe(100_000);
    // Every 100th row carries one embedded newline, pushing later rows down a line.
    const row = result.rows[12_345];
    expect(row?.cells[0]).toBe('First12345');
    expect(row?.line).toBe(2 + 12_345 + 124);
    expect(result.rows[12_300]?.cells[4]).toBe('Multi-line\nnote 12300, with "quotes"');
  });

  it('gives the same result as the one-shot parser, even with tiny chunks', async () => {
    const text = `${generatedCsv(500)}"unterminated,x\n`;
    const once = parseCsv(text);
    const chunked = await parseCsvChunked(text, { chunkChars: 37 });
    expect(chunked).toEqual(once);
    expect(once.problems).toEqual([{ line: 507, reason: 'unterminated-quote' }]);
  });

  it('stops with ImportError "cancelled" when the signal is aborted mid-way', async () => {
    const controller = new AbortController();
    let batches = 0;
    const run = parseCsvChunked(generatedCsv(20_000), {
      signal: controller.signal,
      chunkChars: 16 * 1024,
      onProgress: () => {
        batches++;
        if (batches === 2) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'ImportError', code: 'cancelled' });
    expect(batches).toBe(2);
  });

  it('does not start when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(parseCsvChunked('a,b\n1,2\n', { signal: controller.signal })).rejects.toMatchObject({
      code: 'cancelled',
    });
  });
});
