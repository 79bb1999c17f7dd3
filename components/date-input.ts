/** A date field's "YYYY-MM-DD" as 9 am local time that day: a reminder should not ring at midnight. */
export function dueFromDateInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const due = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 9).getTime();
  return Number.isFinite(due) ? due : null;
}

export function dateInputValue(epoch: number): string {
  const d = new Date(epoch);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
