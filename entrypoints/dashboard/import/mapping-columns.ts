import { type Mapping, type MappingTarget, MULTI_TARGETS, SINGLE_TARGETS } from '@/lib/io/mapping';

/** Per column, the field it fills ('' for none): the shape the mapping editor shows. */
export type ColumnTargets = (MappingTarget | '')[];

/** The order fields are offered in. */
export const TARGET_CHOICES: readonly MappingTarget[] = [
  'name',
  'firstName',
  'lastName',
  'email',
  'emails',
  'phone',
  'phones',
  'company',
  'title',
  'linkedin',
  'tags',
  'notes',
];

export function columnTargets(mapping: Mapping, width: number): ColumnTargets {
  const targets: ColumnTargets = Array.from({ length: width }, () => '');
  for (const target of SINGLE_TARGETS) {
    const index = mapping[target];
    if (index !== undefined && index < width) targets[index] = target;
  }
  for (const target of MULTI_TARGETS)
    for (const index of mapping[target] ?? []) if (index < width) targets[index] = target;
  return targets;
}

/**
 * The mapping after column `column` was set to `target`. A field taking one column (name, email…)
 * leaves the column that had it; "other email" and "other phone" may take several.
 */
export function assignColumn(mapping: Mapping, width: number, column: number, target: MappingTarget | ''): Mapping {
  const targets = columnTargets(mapping, width);
  if (target !== '' && (SINGLE_TARGETS as readonly string[]).includes(target)) {
    targets.forEach((t, i) => {
      if (t === target) targets[i] = '';
    });
  }
  targets[column] = target;
  return mappingOf(targets);
}

function mappingOf(targets: ColumnTargets): Mapping {
  const mapping: Mapping = {};
  targets.forEach((target, index) => {
    if (target === 'emails' || target === 'phones') mapping[target] = [...(mapping[target] ?? []), index];
    else if (target !== '') mapping[target] = index;
  });
  return mapping;
}
