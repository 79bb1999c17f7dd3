import { describe, expect, it } from 'vitest';
import { assignColumn, columnTargets } from './mapping-columns';

describe('column mapping', () => {
  it('shows each column with the field it fills', () => {
    expect(columnTargets({ name: 0, email: 2, emails: [3, 4] }, 5)).toEqual(['name', '', 'email', 'emails', 'emails']);
  });

  it('moves a one-column field to the newly chosen column, and lets extra emails take several', () => {
    const mapping = { name: 0, email: 2 };
    expect(assignColumn(mapping, 4, 1, 'email')).toEqual({ name: 0, email: 1 });
    expect(assignColumn({ emails: [2] }, 4, 3, 'emails')).toEqual({ emails: [2, 3] });
    expect(assignColumn(mapping, 4, 0, '')).toEqual({ email: 2 });
  });
});
