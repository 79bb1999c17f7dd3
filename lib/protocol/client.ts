import type { Verb, VerbInput, VerbOutput } from './index';
import type { Reason } from './reasons';
import type { RpcErrorCode, RpcResponse } from './wire';

export type { Verb, VerbInput, VerbOutput } from './index';

export class RpcError extends Error {
  constructor(
    readonly code: RpcErrorCode | 'no-answer',
    message: string,
    /** Why the background refused, when it said: the page translates it (see error-text.ts). */
    readonly reason?: Reason,
  ) {
    super(message);
  }
}

/** Asks the background; resolves with the declared answer or rejects with an RpcError. */
export async function rpc<V extends Verb>(verb: V, input: VerbInput<V>): Promise<VerbOutput<V>> {
  const response = (await browser.runtime.sendMessage({ rpc: verb, input })) as RpcResponse<VerbOutput<V>> | undefined;
  if (!response) throw new RpcError('no-answer', 'The background did not answer.');
  if (!response.ok) throw new RpcError(response.error.code, response.error.message, response.error.reason);
  return response.value;
}
