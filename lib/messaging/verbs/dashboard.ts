import * as z from 'zod/mini';
import { SORT_KEYS } from '../../db/contacts/query';
import { Stage, Tier } from '../../schema/primitives';

const Short = z.string().check(z.maxLength(200));
const orNone = <T extends z.ZodMiniType>(t: T) => z.array(z.union([t, z.literal('none')])).check(z.maxLength(8));

export const ListFilter = z.object({
  tiers: z.optional(orNone(Tier)),
  stages: z.optional(orNone(Stage)),
  risks: z.optional(orNone(z.enum(['low', 'medium', 'high']))),
  org: z.optional(Short),
  tag: z.optional(Short),
  query: z.optional(Short),
});

export const dashboardVerbs = {
  /** One window of the contacts table: at most 500 rows a message, whatever the book's size. */
  'contacts.list': {
    input: z.object({
      filter: ListFilter,
      sort: z.object({ key: z.enum(SORT_KEYS), dir: z.enum(['asc', 'desc']) }),
      offset: z.number().check(z.int(), z.minimum(0)),
      limit: z.number().check(z.int(), z.minimum(1), z.maximum(500)),
      locale: z.optional(z.enum(['en', 'zh-CN'])),
      /** Also look for deleted contacts (when the table opens); filtering and scrolling skip that costly count. */
      thorough: z.optional(z.boolean()),
    }),
  },
  /** Organisations and tags present in the book, for the filters' suggestions. */
  'contacts.facets': { input: z.object({}) },
  /** How far the background has read the book while it builds the table's index; null when not building. */
  'contacts.progress': { input: z.object({}) },
  /** Counts for the overview charts. */
  'dashboard.summary': { input: z.object({}) },
  /**
   * Sent every 20 s while the dashboard is on screen: keeps the service worker awake, and the
   * table's index of the book in its memory (dropped about a minute after the last request).
   */
  'dashboard.keepAlive': { input: z.object({}) },
} as const;
