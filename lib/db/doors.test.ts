/**
 * The guard of the write doors: scans the source tree and fails when any file other than a store's door
 * puts, adds, deletes or clears records of that store.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['lib', 'entrypoints', 'components', 'bench', 'scripts', 'demo'];

/** Each store and the one file allowed to write it. */
const DOOR: Record<string, string> = {
  contacts: 'lib/db/contacts/put.ts',
  organisations: 'lib/db/organisations/put.ts',
  interactions: 'lib/db/interactions/put.ts',
  deals: 'lib/db/deals/put.ts',
  notes: 'lib/db/notes/put.ts',
  complaints: 'lib/db/complaints/put.ts',
  feedback: 'lib/db/complaints/put-feedback.ts',
  importJobs: 'lib/db/import/jobs.ts',
  importChunks: 'lib/db/import/jobs.ts',
  revisions: 'lib/db/revisions/put.ts',
  syncCheckpoints: 'lib/db/revisions/checkpoint.ts',
  contactTouches: 'lib/db/interactions/touches-door.ts',
  wordShelves: 'lib/db/contacts/word-shelves.ts',
};

/** Files allowed to write without a door, and why. */
const EXEMPT: Record<string, string> = {
  'bench/page/probes.ts': 'measures the bare IndexedDB put the doors are compared against, on its own database',
};

const WRITE = String.raw`\s*\.\s*(?:put|add|delete|clear)\s*\(`;
/** A quoted name; its one capture group is the name. */
const STRING = String.raw`\s*['"\x60](\w+)['"\x60]\s*`;

/** The stores a source text writes; '*' for a write whose store the text does not name. */
function storesWritten(source: string): Set<string> {
  const found = new Set<string>();
  const code = source.replace(/\/\*[\s\S]*?\*\/|(^|[^:\\])\/\/.*$/gm, '$1');
  const named = (name: string) => (name in DOOR ? name : null);
  for (const m of code.matchAll(new RegExp(String.raw`objectStore\(${STRING}\)${WRITE}`, 'g'))) found.add(m[1] ?? '*');
  for (const m of code.matchAll(new RegExp(String.raw`\.(?:put|add|delete|clear)\(${STRING}[,)]`, 'g'))) {
    const store = named(m[1] ?? '');
    if (store) found.add(store);
  }
  if (new RegExp(String.raw`objectStore\(\s*[A-Za-z_$][\w$.]*\s*\)${WRITE}`).test(code)) found.add('*');
  if (new RegExp(String.raw`\.store${WRITE}`).test(code)) found.add('*');
  const bound = new RegExp(
    String.raw`(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(?:await\s+)?[\w$.]*?(?:objectStore\((?:${STRING}|[^)]*)\)|\.store\b)`,
    'g',
  );
  for (const m of code.matchAll(bound)) {
    const variable = m[1] ?? '';
    if (new RegExp(String.raw`(?<![\w$.])${variable.replace(/\$/g, '\\$')}${WRITE}`).test(code)) {
      found.add(m[2] ? (named(m[2]) ?? '*') : '*');
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) files.push(...sourceFiles(full));
    else if (/\.(?:ts|tsx|mts|js|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name) && !/test-kit/.test(name))
      files.push(full);
  }
  return files;
}

describe('one write door per store', () => {
  it('sees every way of writing a store', () => {
    const cases: [string, string[]][] = [
      [`await tx.objectStore('contacts').put(c);`, ['contacts']],
      [`await db.put('notes', note);`, ['notes']],
      [`const s = tx.objectStore("deals");\nawait s.delete(id);`, ['deals']],
      [`const contacts = tx.objectStore('contacts');\nconst c = await contacts.get(id);`, []],
      [`writes.push(tx.store.put({ ...c }));`, ['*']],
      [`ALL.map((name) => tx.objectStore(name).clear());`, ['*']],
      [`const os = tx.objectStore(store);\nos.put(x);`, ['*']],
      [`// tx.objectStore('contacts').put(c)\nseen.add('x');`, []],
    ];
    for (const [source, stores] of cases) expect([...storesWritten(source)].sort(), source).toEqual(stores.sort());
  });

  it('lets no file but the door write a store', () => {
    const offences: string[] = [];
    for (const dir of SCANNED) {
      const full = path.join(ROOT, dir);
      if (!statSync(full, { throwIfNoEntry: false })?.isDirectory()) continue;
      for (const file of sourceFiles(full)) {
        const relative = path.relative(ROOT, file).split(path.sep).join('/');
        if (relative in EXEMPT) continue;
        for (const store of storesWritten(readFileSync(file, 'utf8')))
          if (DOOR[store] !== relative) offences.push(`${relative} writes ${store === '*' ? 'a store' : store}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
