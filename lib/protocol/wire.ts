import type { Reason } from './reasons';

/** The envelope on the wire. Anything else sent to the background is not for it and is ignored. */
export interface RpcRequest {
  rpc: string;
  input: unknown;
}

export type RpcErrorCode = 'unknown-verb' | 'invalid-input' | 'forbidden-sender' | 'storage-full' | 'failed';

/** `reason` is set when a handler refused the request for a reason the page can translate. */
export interface RpcFailure {
  code: RpcErrorCode;
  reason?: Reason;
  message: string;
}

export type RpcResponse<T = unknown> = { ok: true; value: T } | { ok: false; error: RpcFailure };

export function isRpcRequest(message: unknown): message is RpcRequest {
  return typeof message === 'object' && message !== null && typeof (message as RpcRequest).rpc === 'string';
}
