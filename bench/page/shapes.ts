// The generated records must be records the product could have written: checked against the
// schemas of lib/schema/records.ts before a run seeds anything (in Node, via bench/lib/bundle.mjs).
import * as z from 'zod/mini';
import { Contact, Deal, Interaction, Organisation } from '../../lib/schema/records';
import { contactAt, dealAt, interactionAt, organisationAt, type Scale } from './data';

const SAMPLE = 200;

export function checkShapes(scale: Scale): void {
  const checks: [string, z.ZodMiniType, (i: number, s: Scale) => unknown][] = [
    ['contact', Contact, contactAt],
    ['interaction', Interaction, interactionAt],
    ['organisation', Organisation, organisationAt],
    ['deal', Deal, dealAt],
  ];
  for (const [name, schema, make] of checks) {
    for (let i = 0; i < SAMPLE; i++) {
      const parsed = z.safeParse(schema, make(i, scale));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`Generated ${name} #${i} is not a valid record: ${issue?.path.join('.')}: ${issue?.message}`);
      }
    }
  }
}
