import { ImportError } from '@/lib/io/errors';
import type { Mapping } from '@/lib/io/mapping';
import type { MappedRows, OpenedFile, WorkerReply, WorkerRequest } from './worker-protocol';

export type OnProgress = (done: number, total: number) => void;
type Answer = Exclude<WorkerReply, { type: 'progress' | 'failed' }>;

interface Pending {
  resolve(answer: Answer): void;
  reject(error: unknown): void;
  onProgress?: OnProgress;
}

/**
 * The page's side of the parsing worker. One request at a time; `cancel` ends the worker (and so
 * whatever it was doing) at once, rejecting the request with ImportError 'cancelled'.
 */
export class ImportWorker {
  private worker: Worker | undefined;
  private pending: Pending | undefined;

  constructor(private readonly create: () => Worker) {}

  async open(file: Blob, name: string, onProgress?: OnProgress): Promise<OpenedFile> {
    const answer = await this.send({ type: 'open', file, name }, onProgress);
    if (answer.type !== 'opened') throw unexpected(answer);
    return answer.file;
  }

  async map(mapping: Mapping, onProgress?: OnProgress): Promise<MappedRows> {
    const answer = await this.send({ type: 'map', mapping }, onProgress);
    if (answer.type !== 'mapped') throw unexpected(answer);
    return answer.rows;
  }

  async decrypt(passphrase: string): Promise<OpenedFile> {
    const answer = await this.send({ type: 'decrypt', passphrase });
    if (answer.type !== 'opened') throw unexpected(answer);
    return answer.file;
  }

  async encrypt(file: Blob, passphrase: string): Promise<Blob> {
    const answer = await this.send({ type: 'encrypt', file, passphrase });
    if (answer.type !== 'encrypted') throw unexpected(answer);
    return answer.file;
  }

  cancel(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.pending?.reject(new ImportError('cancelled', 'Cancelled'));
    this.pending = undefined;
  }

  private send(request: WorkerRequest, onProgress?: OnProgress): Promise<Answer> {
    if (this.pending) this.cancel();
    const worker = this.ensureWorker();
    return new Promise<Answer>((resolve, reject) => {
      this.pending = { resolve, reject, onProgress };
      worker.postMessage(request);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<WorkerReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.finish()?.reject(new Error(event.message || 'The file reader stopped'));
    };
    this.worker = worker;
    return worker;
  }

  private receive(reply: WorkerReply): void {
    if (reply.type === 'progress') {
      this.pending?.onProgress?.(reply.done, reply.total);
      return;
    }
    const pending = this.finish();
    if (reply.type === 'failed') {
      pending?.reject(
        reply.code === 'internal' ? new Error(reply.message) : new ImportError(reply.code, reply.message),
      );
    } else pending?.resolve(reply);
  }

  private finish(): Pending | undefined {
    const pending = this.pending;
    this.pending = undefined;
    return pending;
  }
}

function unexpected(answer: Answer): Error {
  return new Error(`Unexpected answer from the file reader: ${answer.type}`);
}
