import { CRM_ERROR_CODES } from '@/lib/crm/refusals';
import { CrmError } from '@/lib/db/errors';
import { ImportError } from '@/lib/io/errors';
import type { Handlers } from '@/lib/protocol';
import { isReason, type Reason, Refusal } from '@/lib/protocol/reasons';

// Every code the database refuses a CRM change with is a reason the pages translate.
const crmCodesAreReasons: readonly Reason[] = CRM_ERROR_CODES;
void crmCodesAreReasons;

/**
 * The database refuses with its own errors (CrmError, or a plain Error named by its code); the
 * pages get them as a Refusal, whose reason the router sends beside the message.
 */
export function asRefusal(error: unknown): unknown {
  if (error instanceof Refusal) return error;
  if (error instanceof CrmError || error instanceof ImportError) return new Refusal(error.code, error.message);
  if (error instanceof Error && error.name === 'Error' && isReason(error.message)) return new Refusal(error.message);
  return error;
}

/** The same handlers, throwing Refusals for the errors that have a reason. */
export function withRefusals(handlers: Handlers): Handlers {
  const wrapped: Record<string, (input: never, sender: never) => Promise<unknown>> = {};
  for (const [verb, handler] of Object.entries(handlers) as [string, (...args: never[]) => Promise<unknown>][]) {
    wrapped[verb] = async (input, sender) => {
      try {
        return await handler(input, sender);
      } catch (error) {
        throw asRefusal(error);
      }
    };
  }
  return wrapped as unknown as Handlers;
}
