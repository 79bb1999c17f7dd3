import { describe, expect, it } from 'vitest';
import { themeFor } from './theme';

describe('the theme a page wears', () => {
  it('is dark on a dark site when the user left it to "auto"', () => {
    expect(themeFor('auto', true)).toBe('dark');
    expect(themeFor('auto', false)).toBe('auto');
  });

  it('is what the user chose, whatever the site looks like', () => {
    expect(themeFor('light', true)).toBe('light');
    expect(themeFor('dark', false)).toBe('dark');
  });
});
