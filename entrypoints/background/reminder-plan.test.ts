import { describe, expect, it } from 'vitest';
import { nextReminderAt, planReminders } from './reminder-plan';

const NOW = Date.UTC(2026, 10, 23, 9);
const HOUR = 3_600_000;

describe('next-step reminder schedule', () => {
  it('wakes at the earliest next step not yet shown', () => {
    const steps = [{ due: NOW + 5 * HOUR }, { due: NOW + 2 * HOUR }, { due: NOW + HOUR, notifiedAt: NOW - HOUR }];
    expect(nextReminderAt(steps, NOW)).toBe(NOW + 2 * HOUR);
  });

  it('wakes at once for a step already due, as after a browser restart', () => {
    expect(nextReminderAt([{ due: NOW - 3 * HOUR }, { due: NOW + HOUR }], NOW)).toBe(NOW);
  });

  it('needs no alarm when every step was shown', () => {
    expect(nextReminderAt([{ due: NOW - HOUR, notifiedAt: NOW - HOUR }], NOW)).toBeNull();
    expect(nextReminderAt([], NOW)).toBeNull();
  });

  it('shows each due step once, oldest first, and re-arms for the next one', () => {
    const steps = [
      { id: 'later', due: NOW + 4 * HOUR },
      { id: 'today', due: NOW },
      { id: 'shown', due: NOW - 9 * HOUR, notifiedAt: NOW - 9 * HOUR },
      { id: 'yesterday', due: NOW - 24 * HOUR },
      { id: 'soon', due: NOW + HOUR },
    ];
    const plan = planReminders(steps, NOW);
    expect(plan.notify.map((s) => s.id)).toEqual(['yesterday', 'today']);
    expect(plan.alarmAt).toBe(NOW + HOUR);
  });

  it('disarms once the last due step is shown', () => {
    expect(planReminders([{ due: NOW - HOUR }], NOW)).toEqual({ notify: [{ due: NOW - HOUR }], alarmAt: null });
  });
});
