import * as z from 'zod/mini';
import { DetectedMessage, DetectedPerson } from '../schema/page';
import { Email, Id, MAX_TEXT, Name, Url } from '../schema/primitives';

const Ids = z.array(Id).check(z.maxLength(5000));

/** Every verb the background answers: its input schema and who may call it. */
export const verbs = {
  'contact.lookup': { input: z.object({ emails: z.array(Email).check(z.maxLength(500)) }) },
  'contact.get': { input: z.object({ id: Id }) },
  'contact.create': {
    input: z.object({
      name: Name,
      email: z.optional(Email),
      title: z.optional(Name),
      orgName: z.optional(Name),
      source: z.enum(['gmail', 'linkedin', 'manual', 'popup']),
    }),
  },
  'contact.search': {
    input: z.object({
      query: z.string().check(z.maxLength(200)),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
    }),
  },
  'thread.log': {
    input: z.object({
      site: z.enum(['gmail', 'linkedin']),
      account: z.nullable(Email),
      threadId: z.optional(z.string().check(z.maxLength(300))),
      subject: z.optional(z.string().check(z.maxLength(1000))),
      url: z.optional(Url),
      people: z.array(DetectedPerson).check(z.maxLength(500)),
      messages: z.array(DetectedMessage).check(z.minLength(1), z.maxLength(1000)),
    }),
  },
  'log.undo': { input: z.object({ interactionIds: Ids, createdContactIds: Ids }) },
  'note.add': {
    input: z.object({
      contactId: z.optional(Id),
      text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT)),
      url: z.optional(Url),
    }),
  },
  'note.list': {
    input: z.object({
      contactId: z.union([Id, z.literal('')]),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(500)),
    }),
  },
  'note.delete': { input: z.object({ id: Id }) },
  'workspace.stats': { input: z.object({}) },
  'workspace.seedDemo': { input: z.object({ replace: z.optional(z.boolean()) }) },
  'insights.recompute': { input: z.object({}) },
} as const;

export type Verb = keyof typeof verbs;
export type VerbInput<V extends Verb> = z.infer<(typeof verbs)[V]['input']>;

/** The envelope on the wire. Anything else sent to the background is not for it and is ignored. */
export interface RpcRequest {
  rpc: string;
  input: unknown;
}

export type RpcErrorCode = 'unknown-verb' | 'invalid-input' | 'forbidden-sender' | 'failed';
export type RpcResponse<T = unknown> =
  | { ok: true; value: T }
  | { ok: false; error: { code: RpcErrorCode; message: string } };

export function isRpcRequest(message: unknown): message is RpcRequest {
  return typeof message === 'object' && message !== null && typeof (message as RpcRequest).rpc === 'string';
}
