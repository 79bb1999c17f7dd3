/** What the reminder needs to decide; the rest of a step rides along. */
export interface Remindable {
  due: number;
  notifiedAt?: number | undefined;
}

/**
 * When the reminder alarm should next fire: at the earliest next step not yet shown, or now when one is already
 * due (a step set in the past, or one missed while the browser was closed); null when nothing is pending.
 */
export function nextReminderAt(steps: readonly Remindable[], now: number): number | null {
  const pending = steps.filter((step) => step.notifiedAt === undefined).map((step) => step.due);
  return pending.length > 0 ? Math.max(now, Math.min(...pending)) : null;
}

export interface ReminderPlan<S extends Remindable> {
  /** Due and not yet shown, oldest first: one notification each. */
  notify: S[];
  /** When to wake for the rest; null when nothing else is pending. */
  alarmAt: number | null;
}

/** When the alarm fires: show what is due, and wake again for the earliest step still to come. */
export function planReminders<S extends Remindable>(steps: readonly S[], now: number): ReminderPlan<S> {
  const pending = steps.filter((step) => step.notifiedAt === undefined);
  const notify = pending.filter((step) => step.due <= now).sort((a, b) => a.due - b.due);
  const later = pending.filter((step) => step.due > now);
  return { notify, alarmAt: nextReminderAt(later, now) };
}
