// Runs in an extension page (bundled to globalThis.RapportImport): imports a generated contacts CSV
// through the product's own pipeline — the parsing session the import worker runs, the staging
// client, then the plan and commit verbs — and times each step.
import { ImportSession } from '../../entrypoints/dashboard/import/import-session';
import { stageImport } from '../../entrypoints/dashboard/import/stage';
import { rpc } from '../../lib/protocol/client';
import { personAt, type Scale } from './data';
import { FIRST_NAMES, TITLES } from './names';

// lib/protocol/client calls the promise-based `browser` namespace WXT provides; Chrome calls it `chrome`.
const page = globalThis as { browser?: unknown; chrome?: unknown };
page.browser ??= page.chrome;

type StorageListener = (changes: Record<string, unknown>, area: string) => void;
declare const chrome: {
  storage: { onChanged: { addListener(l: StorageListener): void; removeListener(l: StorageListener): void } };
};

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** `rows` contacts in a generic CSV; one in ten is already in the workspace (so dedupe has work). */
function contactsCsv(rows: number, scale: Scale): string {
  const lines = ['First Name,Last Name,Email,Company,Title,Phone'];
  for (let k = 0; k < rows; k++) {
    const index = k % 10 === 9 ? (k * 97) % scale.contacts : scale.contacts + k;
    const { name, email } = personAt(index, scale);
    const [first = '', ...last] = name.split(' ');
    const company = `${email.split('@')[1]?.split('.')[0] ?? ''} Ltd`;
    const phone = `+44 20 ${String(7000_0000 + k).slice(0, 8)}`;
    lines.push([first, last.join(' '), email, company, TITLES[k % TITLES.length] ?? '', phone].map(quote).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * `contacts.lookup` of known addresses one after another until `running()` says the import is over: what
 * the sidebar meets while an import commits (each started before the commit ended).
 */
async function lookupsWhile(running: () => boolean, emails: readonly string[], starts: number[]): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; running(); i++) {
    const email = emails[i % emails.length];
    const t0 = performance.now();
    starts.push(performance.timeOrigin + t0);
    await rpc('contacts.lookup', { account: null, people: [{ email: email ?? '' }] });
    times.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return times;
}

/** A search for a first name every SEARCH_EVERY_MS while `running()`: a search waits for the shelving at the commit's end. */
const SEARCH_EVERY_MS = 200;

async function searchesWhile(running: () => boolean): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; running(); i++) {
    const t0 = performance.now();
    await rpc('contacts.search', { query: FIRST_NAMES[(i * 7) % FIRST_NAMES.length] ?? 'Maria', limit: 8 });
    times.push(performance.now() - t0);
    await new Promise((resolve) => setTimeout(resolve, SEARCH_EVERY_MS));
  }
  return times;
}

/** When the commit's progress first says every row is written (polled every 100 ms): its last step starts then. */
async function allWritten(jobId: string, running: () => boolean): Promise<number | undefined> {
  while (running()) {
    const { done, total } = await rpc('import.progress', { jobId });
    if (total > 0 && done >= total) return performance.now();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/** The background refits insights after a commit and stores the fitted model last: its change says the refit is done. */
const VALUE_MODEL_KEY = 'valueModel';
/** Stop sampling the refit's tail after this long (a refit that never comes). */
const REFIT_WAIT_MS = 60_000;

/**
 * Watches for the next fitted model from now on; `saved()` waits for it, at most REFIT_WAIT_MS from the moment
 * it is called (the commit itself may take longer than that).
 */
function watchValueModel(): { saved: () => Promise<boolean>; stop: () => void } {
  let seen = false;
  let wake: (() => void) | undefined;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !(VALUE_MODEL_KEY in changes)) return;
    seen = true;
    wake?.();
  };
  const stop = () => chrome.storage.onChanged.removeListener(onChanged);
  chrome.storage.onChanged.addListener(onChanged);
  const saved = async () => {
    if (!seen) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, REFIT_WAIT_MS);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
    stop();
    return seen;
  };
  return { saved, stop };
}

export async function importCsv(rows: number, scale: Scale) {
  const bytes = new TextEncoder().encode(contactsCsv(rows, scale));
  const phases: Record<string, number> = {};
  let last = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    phases[name] = now - last;
    last = now;
  };
  const started = last;
  const session = new ImportSession();
  const opened = await session.open(bytes, 'contacts.csv', () => undefined);
  if (opened.kind !== 'csv') throw new Error(`The CSV was read as ${opened.kind}`);
  lap('parse');
  const { drafts, problems } = session.map(opened.mapping, () => undefined);
  lap('map');
  const jobId = await stageImport(drafts, { signal: new AbortController().signal, onProgress: () => undefined });
  lap('stage');
  const plan = await rpc('import.plan', { jobId });
  lap('plan');
  let committing = true;
  const known = Array.from({ length: 50 }, (_, i) => personAt((i * 7919) % scale.contacts, scale).email);
  const lookupStarts: number[] = [];
  const commitStartedAt = performance.timeOrigin + performance.now();
  const refit = watchValueModel();
  const during = lookupsWhile(() => committing, known, lookupStarts);
  const searching = searchesWhile(() => committing);
  const written = allWritten(jobId, () => committing);
  const outcome = await rpc('import.commit', { jobId, existing: 'merge', inFile: 'merge' })
    .catch((error: unknown) => {
      refit.stop();
      throw error;
    })
    .finally(() => {
      committing = false;
    });
  const committed = performance.now();
  lap('commit');
  const seconds = (performance.now() - started) / 1000;
  const lastStepFrom = await written;
  if (lastStepFrom !== undefined) phases.commit_last_step = committed - lastStepFrom;
  const [lookupTimes, searchTimes] = await Promise.all([during, searching]);
  // The same lookups go on while the background refits insights after the commit (until it saves the model).
  let refitting = true;
  const refitEnded = refit.saved().then((saved) => {
    refitting = false;
    return saved;
  });
  const refitStarted = performance.now();
  const refitLookupTimes = await lookupsWhile(() => refitting, known, []);
  const refitSaved = await refitEnded;
  const refitSeconds = (performance.now() - refitStarted) / 1000;
  return {
    seconds,
    phases,
    bytes: bytes.length,
    drafts: drafts.length,
    problems: problems.length,
    plan,
    outcome,
    lookupTimes,
    searchTimes,
    refitLookupTimes,
    refitSaved,
    refitSeconds,
    // Absolute times (ms since the epoch), to place each lookup in a profile of the commit.
    lookupStarts,
    commitStartedAt,
  };
}
