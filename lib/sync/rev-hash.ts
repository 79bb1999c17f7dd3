/**
 * The revision hash of a merge: HMAC-SHA-256 under the team's key of the parent revision and the merged
 * body, so every rep resolving the same conflict makes the same revision (no ping-pong of merges), and
 * the hash reveals nothing about the plaintext to the server.
 */
import type { TeamKey } from './team-key';

export async function mergeRevHash(key: TeamKey, parentRev: string, body: unknown): Promise<string> {
  const text = `${parentRev}\n${canonicalJson(body)}`;
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key.hmac, new TextEncoder().encode(text)));
  return Array.from(mac.subarray(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
