/**
 * "Test connection": says plainly what is wrong, in the order a rep would fix it: the server cannot be
 * reached, the credentials are refused, the user is not a member, the database does not exist, the
 * passphrase does not open this team's data. A database with no team yet is started with this passphrase.
 */
import { couch, SyncError, type SyncFailure, type TeamServer } from './couch';
import { teamKey } from './replicate';

export type ConnectionTest = { ok: true } | { ok: false; reason: SyncFailure };

export async function testConnection(server: TeamServer, passphrase: string): Promise<ConnectionTest> {
  try {
    await couch(server, '');
    await teamKey(server, passphrase, true);
    return { ok: true };
  } catch (error) {
    if (error instanceof SyncError) return { ok: false, reason: error.reason };
    throw error;
  }
}
