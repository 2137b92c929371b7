import { useCallback, useRef, useState } from 'react';
import { describeDue } from '../tasks/task-format.ts';
import { BellIcon } from './bell-icon.tsx';

/** What a reminder toast needs: from a `reminder` message on `/ws` or a push the service worker passed on. */
export interface DueReminder {
  task_id: number;
  title: string;
  due_at: string | null;
  remind_at: string;
}

interface Shown extends DueReminder {
  key: string;
}

const MAX_SHOWN = 4;

/** The reminders on screen; each is shown once although it may come both over `/ws` and from a push. */
export function useReminderToasts() {
  const [shown, setShown] = useState<Shown[]>([]);
  const seen = useRef(new Set<string>());
  const show = useCallback((reminder: DueReminder) => {
    const key = `${reminder.task_id}@${reminder.remind_at}`;
    if (seen.current.has(key)) return;
    seen.current.add(key);
    setShown((current) => [...current, { ...reminder, key }].slice(-MAX_SHOWN));
  }, []);
  const dismiss = useCallback((key: string) => setShown((current) => current.filter((item) => item.key !== key)), []);
  return { shown, show, dismiss };
}

interface ReminderToastsProps {
  shown: Shown[];
  timeZone: string;
  onOpen: (taskId: number) => void;
  onDismiss: (key: string) => void;
}

/** Stays until dismissed: a reminder is easy to miss if it fades away on its own. */
export function ReminderToasts({ shown, timeZone, onOpen, onDismiss }: ReminderToastsProps) {
  return (
    <div className="reminder-region" aria-live="assertive" aria-relevant="additions">
      {shown.map((reminder) => {
        const due = describeDue({ due_date: reminder.due_at, completed: false }, timeZone);
        return (
          <div key={reminder.key} className="reminder-toast" data-task-id={reminder.task_id}>
            <span className="reminder-icon">
              <BellIcon size={20} />
            </span>
            <button
              type="button"
              className="reminder-open"
              onClick={() => {
                onDismiss(reminder.key);
                onOpen(reminder.task_id);
              }}
            >
              <span className="visually-hidden">Reminder: </span>
              <strong>{reminder.title}</strong>
              <span className="reminder-when">{due ? `Due ${due.text}` : 'Reminder'}</span>
            </button>
            <button
              type="button"
              className="reminder-dismiss"
              aria-label={`Dismiss reminder “${reminder.title}”`}
              onClick={() => onDismiss(reminder.key)}
            >
              ×
            </button>
          </div>
        );
      })}
    </div>
  );
}
