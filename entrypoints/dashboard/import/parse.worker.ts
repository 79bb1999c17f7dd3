/// <reference lib="webworker" />

import { encryptBackup } from '@/lib/io/encrypt';
import { isImportError } from '@/lib/io/errors';
import { ImportSession } from './import-session';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * Reads, parses, decrypts and encrypts files off the dashboard's main thread, so a 100,000-row
 * file never freezes the page. One request at a time; the page cancels by terminating the worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new ImportSession();
const reply = (message: WorkerReply) => scope.postMessage(message);
const progress = (done: number, total: number) => reply({ type: 'progress', done, total });

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  try {
    reply(await answer(event.data));
  } catch (error) {
    if (isImportError(error)) reply({ type: 'failed', code: error.code, message: error.message });
    else reply({ type: 'failed', code: 'internal', message: error instanceof Error ? error.message : String(error) });
  }
};

async function answer(request: WorkerRequest): Promise<WorkerReply> {
  switch (request.type) {
    case 'open': {
      const bytes = new Uint8Array(await request.file.arrayBuffer());
      return { type: 'opened', file: await session.open(bytes, request.name, progress) };
    }
    case 'map':
      return { type: 'mapped', rows: session.map(request.mapping, progress) };
    case 'decrypt':
      return { type: 'opened', file: await session.decrypt(request.passphrase) };
    case 'encrypt': {
      const encrypted = await encryptBackup(await request.file.text(), request.passphrase);
      return { type: 'encrypted', file: new Blob([encrypted], { type: 'application/json' }) };
    }
  }
}
