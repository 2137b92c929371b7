import { describeRecurrence, type QuickAddToken } from '@doable/contracts';
import { describeDue, describeReminder } from './task-format.ts';

/** A chip the user clicked away: that part of the line stays title text. */
export interface RejectedSpan {
  start: number;
  end: number;
  text: string;
}

/** After an edit, a rejection holds only while its characters are still where they were. */
export function keptRejections(rejected: RejectedSpan[], text: string): RejectedSpan[] {
  return rejected.filter((span) => text.slice(span.start, span.end) === span.text);
}

const KIND_NAMES: Record<QuickAddToken['kind'], string> = {
  priority: 'Priority',
  tag: 'Tag',
  project: 'Project',
  date: 'Due',
  recurrence: 'Repeats',
  reminder: 'Reminder',
  description: 'Description',
};

/** What a token means, in words: "Due Tomorrow 17:00", "Priority high", "Repeats every week on Sun". */
export function describeToken(token: QuickAddToken, timeZone: string, now = new Date()): string {
  const kind = KIND_NAMES[token.kind];
  switch (token.kind) {
    case 'date':
      return `${kind} ${describeDue({ due_date: token.value, completed: false }, timeZone, now)?.text ?? token.value}`;
    case 'reminder': {
      const isInstant = /^\d{4}-\d{2}-\d{2}T/.test(token.value);
      const reminder = isInstant ? { reminder_at: token.value, remind_before: null } : { reminder_at: null, remind_before: token.value };
      return `${kind} ${describeReminder(reminder, timeZone) ?? token.value}`;
    }
    case 'recurrence':
      return `${kind} ${describeRecurrence(token.value)}`;
    case 'tag':
      return `${kind} #${token.value}`;
    // The value is the project's id; the line names it.
    case 'project':
      return `${kind} ${token.text.replace(/^#/, '')}`;
    case 'priority':
      return `${kind} ${token.value}`;
    default:
      return kind;
  }
}
