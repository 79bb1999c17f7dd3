import * as z from 'zod/mini';
import { type Handlers, type Sender, type Verb, verbs } from './index';
import { type Reason, Refusal } from './reasons';
import type { RpcErrorCode, RpcRequest, RpcResponse } from './wire';

export type { Handlers, Sender } from './index';

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
    const fail = (code: RpcErrorCode, message: string, reason?: Reason) =>
      ({ ok: false, error: reason ? { code, reason, message } : { code, message } }) as const;

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
      if (error instanceof Refusal) return fail('failed', error.message, error.reason);
      return fail('failed', error instanceof Error ? error.message : String(error));
    }
  };
}
