import { useEffect, useId, useState } from 'react';
import { BellIcon } from './bell-icon.tsx';
import type { PushNotifications, PushState } from './use-push-notifications.ts';

const LABELS: Record<PushState, string> = {
  on: 'On',
  off: 'Off',
  denied: 'Blocked',
  unavailable: 'Unavailable',
  unsupported: 'Unavailable',
  working: '…',
};

/** The header's bell: shows whether reminders reach this browser as system notifications, and toggles it. */
export function NotificationBell({ push }: { push: PushNotifications }) {
  const noteId = useId();
  const [noteOpen, setNoteOpen] = useState(false);
  const { state, problem } = push;

  useEffect(() => setNoteOpen(problem !== undefined), [problem]);

  const note =
    state === 'unsupported' ? 'This browser cannot show Doable’s notifications. Reminders still show here while Doable is open.' : problem;
  return (
    <div className="bell">
      <button
        type="button"
        className={`bell-button bell-${state}`}
        data-state={state}
        aria-pressed={state === 'on'}
        aria-describedby={note && noteOpen ? noteId : undefined}
        disabled={state === 'working' || state === 'unsupported'}
        title={
          note ?? (state === 'on' ? 'Reminders arrive as notifications, even when Doable is closed' : 'Get reminders as notifications')
        }
        onClick={() => {
          setNoteOpen(false);
          void (state === 'on' ? push.disable() : push.enable());
        }}
      >
        <BellIcon crossed={state !== 'on'} />
        <span className="visually-hidden">Reminder notifications</span>
        <span className="bell-state" aria-hidden="true">
          {LABELS[state]}
        </span>
      </button>
      <div role="status" className="bell-note-region">
        {note && noteOpen && (
          <p id={noteId} className="bell-note">
            {note}
            <button type="button" className="link" onClick={() => setNoteOpen(false)}>
              Dismiss
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
