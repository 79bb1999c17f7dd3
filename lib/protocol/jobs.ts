import * as z from 'zod/mini';
import { Id } from '../schema/primitives';

/** Rows per staged chunk: the page sends fewer when they are large, to keep each message small. */
export const MAX_CHUNK_ROWS = 5000;

export const JobId = Id;
export const Seq = z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000));
export const Store = z.enum(['contacts', 'organisations', 'interactions', 'deals', 'notes', 'complaints', 'feedback']);
export const rows = <T extends z.ZodMiniType>(record: T) => z.array(record).check(z.maxLength(MAX_CHUNK_ROWS));

export interface JobStarted {
  jobId: string;
}

export interface Staged {
  staged: number;
}
