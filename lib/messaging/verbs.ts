import type * as z from 'zod/mini';
import { contactVerbs } from './verbs/contact';
import { crmVerbs } from './verbs/crm';
import { dashboardVerbs } from './verbs/dashboard';
import { ioVerbs } from './verbs/io';
import { logVerbs } from './verbs/log';
import { noteVerbs } from './verbs/note';
import { siteVerbs } from './verbs/sites';
import { workspaceVerbs } from './verbs/workspace';

/** Every verb the background answers, with its input schema; one file per concern in ./verbs/. */
export const verbs = {
  ...contactVerbs,
  ...crmVerbs,
  ...dashboardVerbs,
  ...ioVerbs,
  ...logVerbs,
  ...noteVerbs,
  ...siteVerbs,
  ...workspaceVerbs,
} as const;

export type Verb = keyof typeof verbs;
export type VerbInput<V extends Verb> = z.infer<(typeof verbs)[V]['input']>;

/** The envelope on the wire. Anything else sent to the background is not for it and is ignored. */
export interface RpcRequest {
  rpc: string;
  input: unknown;
}

export type RpcErrorCode = 'unknown-verb' | 'invalid-input' | 'forbidden-sender' | 'storage-full' | 'failed';
export type RpcResponse<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; error: { code: RpcErrorCode; message: string } };

export function isRpcRequest(message: unknown): message is RpcRequest {
  return typeof message === 'object' && message !== null && typeof (message as RpcRequest).rpc === 'string';
}
