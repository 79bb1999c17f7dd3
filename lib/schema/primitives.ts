import * as z from 'zod/mini';

/** Caps keep a hostile page or file from filling the database through one field. */
export const MAX_NAME = 200;
export const MAX_TEXT = 10_000;

export const Id = z.string().check(z.minLength(1), z.maxLength(64));
export const Email = z.string().check(z.maxLength(254), z.regex(/^[^\s@<>]+@[^\s@<>]+$/));
export const Name = z.string().check(z.maxLength(MAX_NAME));
export const Text = z.string().check(z.maxLength(MAX_TEXT));
export const Url = z.string().check(z.maxLength(2048), z.regex(/^https?:\/\//));
/** Epoch milliseconds. */
export const Epoch = z.number().check(z.int(), z.minimum(0), z.maximum(8.64e15));

export const Tier = z.enum(['S', 'A', 'B', 'C']);
export const Stage = z.enum(['exploration', 'formation', 'stability', 'decline', 'lost', 'reactivated']);
export const CustomerType = z.enum(['consumer', 'intermediary', 'institutional']);
export const Directness = z.enum(['direct', 'indirect']);
export const Channel = z.enum(['email', 'linkedin', 'call', 'meeting', 'visit', 'note', 'event', 'other']);
export const Direction = z.enum(['inbound', 'outbound']);
