import type { Task } from '@doable/contracts';

/** "1h" → "1 hour before", "0m" → "at due time". */
export function describeReminder(task: Pick<Task, 'remind_before' | 'reminder_at'>, timeZone: string, locale?: string): string | undefined {
  if (task.remind_before) {
    if (/^0[mhdw]$/.test(task.remind_before)) return 'at due time';
    const parts = [...task.remind_before.matchAll(/(\d+)([wdhm])/g)].map(([, count, unit]) => {
      const name = { w: 'week', d: 'day', h: 'hour', m: 'min' }[unit as 'w' | 'd' | 'h' | 'm'];
      return `${count} ${name}${count !== '1' && unit !== 'm' ? 's' : ''}`;
    });
    return `${parts.join(' ')} before`;
  }
  if (task.reminder_at) return `at ${formatDateTime(task.reminder_at, timeZone, locale)}`;
  return undefined;
}

function dayKey(date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** In `timeZone`, written the `locale`'s way (the browser's unless given). */
export function formatDateTime(iso: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export type DueState = 'overdue' | 'today' | 'upcoming' | 'done';

/** The due date in the user's zone, with how urgent it is: "Today 18:00", "Tomorrow 09:00", "Mon, 3 Feb 2031 09:00". */
export function describeDue(
  task: Pick<Task, 'due_date' | 'completed'>,
  timeZone: string,
  now = new Date(),
  locale?: string,
): { text: string; state: DueState } | undefined {
  if (!task.due_date) return undefined;
  const due = new Date(task.due_date);
  const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' }).format(due);
  const today = dayKey(now, timeZone);
  const tomorrow = dayKey(new Date(now.getTime() + 86_400_000), timeZone);
  const yesterday = dayKey(new Date(now.getTime() - 86_400_000), timeZone);
  const key = dayKey(due, timeZone);
  let text: string;
  if (key === today) text = `Today ${time}`;
  else if (key === tomorrow) text = `Tomorrow ${time}`;
  else if (key === yesterday) text = `Yesterday ${time}`;
  else {
    const sameYear = key.slice(0, 4) === today.slice(0, 4);
    const date = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      ...(sameYear ? {} : { year: 'numeric' }),
    }).format(due);
    // The same clock format as Today/Tomorrow, so times line up in the list.
    text = `${date}, ${time}`;
  }
  const state: DueState = task.completed ? 'done' : due < now ? 'overdue' : key === today ? 'today' : 'upcoming';
  return { text, state };
}

/** `datetime-local` value (browser-local wall time) ↔ ISO instant. The app keeps the user's zone equal to the browser's. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function fromLocalInput(value: string): string | null {
  return value ? new Date(value).toISOString() : null;
}
