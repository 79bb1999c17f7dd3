import { describe, expect, it } from 'vitest';
import { isDarkBackground } from './mount-sidebar';

describe("the site's background", () => {
  it('is dark for a dark theme and light for a light one', () => {
    expect(isDarkBackground('rgb(32, 33, 36)')).toBe(true);
    expect(isDarkBackground('rgba(17, 17, 17, 0.9)')).toBe(true);
    expect(isDarkBackground('rgb(255, 255, 255)')).toBe(false);
    expect(isDarkBackground('rgb(246, 248, 252)')).toBe(false);
  });

  it('says nothing when the element paints no background of its own', () => {
    expect(isDarkBackground('rgba(0, 0, 0, 0)')).toBeNull();
    expect(isDarkBackground('transparent')).toBeNull();
  });
});
