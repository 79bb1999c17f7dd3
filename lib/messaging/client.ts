import type { BackgroundHandlers } from '../../entrypoints/background/handlers';
import type { RpcErrorCode, RpcResponse, Verb, VerbInput } from './verbs';

export type VerbOutput<V extends Verb> = Awaited<ReturnType<BackgroundHandlers[V]>>;

export class RpcError extends Error {
  constructor(
    readonly code: RpcErrorCode | 'no-answer',
    message: string,
  ) {
    super(message);
  }
}

/** Asks the background; resolves with the typed answer or rejects with an RpcError. */
export async function rpc<V extends Verb>(verb: V, input: VerbInput<V>): Promise<VerbOutput<V>> {
  const response = (await browser.runtime.sendMessage({ rpc: verb, input })) as RpcResponse<VerbOutput<V>> | undefined;
  if (!response) throw new RpcError('no-answer', 'The background did not answer.');
  if (!response.ok) throw new RpcError(response.error.code, response.error.message);
  return response.value;
}
