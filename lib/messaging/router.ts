import * as z from 'zod/mini';
import { type RpcErrorCode, type RpcRequest, type RpcResponse, type Verb, type VerbInput, verbs } from './verbs';

export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type Handlers = { [V in Verb]: (input: VerbInput<V>, sender: Sender) => Promise<unknown> };

export interface RouterOptions {
  extensionId: string;
  /** Origin of our own pages, e.g. "chrome-extension://<id>/". */
  extensionOrigin: string;
}

/**
 * Parses, checks the sender, runs the handler. Only our own extension pages may call a verb:
 * content scripts run beside untrusted pages and hand their findings to the sidebar instead.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  return async function route(request: RpcRequest, sender: Sender): Promise<RpcResponse> {
    const fail = (code: RpcErrorCode, message: string) => ({ ok: false, error: { code, message } }) as const;

    if (!Object.hasOwn(verbs, request.rpc))
      return fail('unknown-verb', `Unknown request "${String(request.rpc).slice(0, 60)}".`);
    const verb = request.rpc as Verb;
    if (sender.id !== options.extensionId || !sender.url?.startsWith(options.extensionOrigin)) {
      return fail('forbidden-sender', `"${verb}" may only be asked by Rapport's own pages.`);
    }
    const parsed = z.safeParse(verbs[verb].input, request.input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.join('.') || 'input';
      return fail('invalid-input', `Invalid "${verb}" request: ${where}: ${issue?.message ?? 'invalid'}.`);
    }
    try {
      const handler = handlers[verb] as (input: unknown, sender: Sender) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data, sender) };
    } catch (error) {
      // The transaction was aborted as a whole: say so plainly, the user can free space and retry.
      if (error instanceof Error && error.name === 'QuotaExceededError') return fail('storage-full', error.message);
      return fail('failed', error instanceof Error ? error.message : String(error));
    }
  };
}
