import type * as z from 'zod/mini';
import { complaintVerbs } from './complaints';
import { contactVerbs } from './contacts';
import { duplicateVerbs } from './duplicates';
import { exportVerbs } from './export';
import { feedbackVerbs } from './feedback';
import { importVerbs } from './import';
import { interactionVerbs } from './interactions';
import { noteVerbs } from './notes';
import { organisationVerbs } from './organisations';
import { restoreVerbs } from './restore';
import type { Returned } from './returns';
import { settingsVerbs } from './settings';
import { teamVerbs } from './team';
import { workspaceVerbs } from './workspace';

/** Every verb the background answers: its input schema and declared answer, one file per noun. */
export const verbs = {
  ...contactVerbs,
  ...organisationVerbs,
  ...interactionVerbs,
  ...noteVerbs,
  ...complaintVerbs,
  ...feedbackVerbs,
  ...importVerbs,
  ...restoreVerbs,
  ...exportVerbs,
  ...duplicateVerbs,
  ...settingsVerbs,
  ...workspaceVerbs,
  ...teamVerbs,
} as const;

type Verbs = typeof verbs;
export type Verb = keyof Verbs;
export type VerbInput<V extends Verb> = z.infer<Verbs[V]['input']>;
export type VerbOutput<V extends Verb> = Returned<Verbs[V]['output']>;

/** Who asked: checked by the router before any handler runs. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

type Handler<V extends Verb> = (input: VerbInput<V>, sender?: Sender) => Promise<VerbOutput<V>>;

/** The handlers of a set of verbs: exactly those verbs, each answering its declared type. */
export type HandlersOf<Set extends Partial<Record<Verb, unknown>>> = { [V in keyof Set & Verb]: Handler<V> };
export type Handlers = HandlersOf<Verbs>;

export type { RpcErrorCode, RpcFailure, RpcRequest, RpcResponse } from './wire';
export { isRpcRequest } from './wire';
