import type { ContactImport } from '../../lib/io/contact-import';

/** A valid import draft for tests: line and name, plus whatever the test cares about. */
export function draft(line: number, fields: Partial<ContactImport> = {}): ContactImport {
  return { line, name: `Person ${line}`, emails: [], phones: [], tags: [], source: 'import:csv', ...fields };
}

/** A counter-based id generator, so tests can name the ids an import will use. */
export function sequentialIds(prefix = 'new'): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}
