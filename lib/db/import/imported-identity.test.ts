import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../../../tests/kit/db';
import { draft, sequentialIds } from '../../../tests/kit/import-drafts';
import { fixtureText } from '../../../tests/kit/io-fixtures';
import type { ContactImport } from '../../io/contact-import';
import { parseCsv } from '../../io/csv-parse';
import { detectFormat, mapRows } from '../../io/mapping';
import { contactWithSlug, findContact, organisationNamed } from '../contacts/lookup';
import type { CrmDb } from '../open';
import { putOrganisation } from '../organisations/put';
import { commitImport } from './commit';
import { beginJob, stageChunk } from './jobs';

const NOW = Date.UTC(2026, 11, 6, 9);
const MERGE = { existing: 'merge', inFile: 'merge' } as const;
let db: CrmDb;

beforeEach(async () => {
  db = await freshDb();
});

async function importDrafts(drafts: ContactImport[]): Promise<void> {
  const jobId = await beginJob(db, 'import', NOW);
  await stageChunk(db, jobId, 0, { store: 'drafts', records: drafts }, NOW);
  await commitImport(db, jobId, MERGE, { now: NOW, newId: sequentialIds() });
}

function linkedInConnections(): ContactImport[] {
  const csv = parseCsv(fixtureText('linkedin-connections.csv'));
  const detected = detectFormat(csv.headers);
  return mapRows(csv.rows, detected.mapping, detected.source).drafts;
}

describe('an imported LinkedIn connection is recognised where LinkedIn and Gmail show them', () => {
  it('stores the canonical slug of every profile', async () => {
    await importDrafts(linkedInConnections());
    const stored = (await db.getAll('contacts')).map((c) => c.linkedin).sort();
    expect(stored).toEqual(['ann-lee-acme', 'kenjitanaka', 'liamobrien', 'marcuswebb', 'sofía-garcía-4a1b2c']);
  });

  it('finds them from their profile URL with or without trailing slash, query or capitals', async () => {
    await importDrafts(linkedInConnections());
    const urls = [
      'https://www.linkedin.com/in/ann-lee-acme/',
      'https://www.linkedin.com/in/ann-lee-acme',
      'https://www.linkedin.com/in/ann-lee-acme/?originalSubdomain=uk&trk=feed',
      'https://uk.linkedin.com/in/Ann-Lee-Acme',
      'ann-lee-acme',
    ];
    for (const url of urls) expect((await contactWithSlug(db, url))?.name, url).toBe('Ann Lee');
    expect((await contactWithSlug(db, 'https://www.linkedin.com/in/sof%C3%ADa-garc%C3%ADa-4a1b2c/'))?.name).toBe(
      'Sofia García',
    );
  });

  it('finds them by address in Gmail, in any spelling of a Gmail address', async () => {
    await importDrafts(linkedInConnections());
    expect((await findContact(db, { email: 'Marcus.Webb@gmail.com' }))?.name).toBe('Marcus Webb');
    expect((await findContact(db, { email: 'marcuswebb+news@googlemail.com' }))?.name).toBe('Marcus Webb');
    expect((await findContact(db, { email: 'liam@obrien.example' }))?.linkedin).toBe('liamobrien');
  });

  it('keeps the case of a member id, which names another member when lower-cased', async () => {
    await importDrafts([draft(2, { name: 'Mo Id', linkedin: 'ACoAAB1cDeFgHiJk' })]);
    expect((await db.getAll('contacts'))[0]?.linkedin).toBe('ACoAAB1cDeFgHiJk');
    const profile = 'https://www.linkedin.com/in/ACoAAB1cDeFgHiJk/?miniProfileUrn=urn%3Ali%3Afs';
    expect((await contactWithSlug(db, profile))?.name).toBe('Mo Id');
    expect(await contactWithSlug(db, 'https://www.linkedin.com/in/acoaab1cdefghijk/')).toBeUndefined();
  });

  it('files "ACME, Inc." under the organisation saved as "Acme Ltd", and makes one organisation of both spellings', async () => {
    const acme = { id: 'o-acme', name: 'Acme Ltd', domains: [], createdAt: NOW, updatedAt: NOW };
    await putOrganisation(db.transaction(['organisations', 'revisions'], 'readwrite'), acme, NOW);
    await importDrafts([
      draft(2, { name: 'Ann Lee', orgName: 'ACME, Inc.' }),
      draft(3, { name: 'Bo Globex', orgName: 'Globex Corp.' }),
      draft(4, { name: 'Cy Globex', orgName: 'GLOBEX corporation' }),
    ]);
    const byName = new Map((await db.getAll('contacts')).map((c) => [c.name, c.orgId]));
    expect(byName.get('Ann Lee')).toBe('o-acme');
    expect(byName.get('Bo Globex')).toBeDefined();
    expect(byName.get('Cy Globex')).toBe(byName.get('Bo Globex'));
    expect(await db.count('organisations')).toBe(2);
    expect((await organisationNamed(db, 'acme')).organisation?.id).toBe('o-acme');
  });
});
