import type { Task, TaskHistoryEntry } from '@doable/contracts';
import { useEffect, useRef, useState } from 'react';
import { ApiError, apiRequest } from '../api/api-client.ts';
import { formatDateTime } from './task-format.ts';
import { HISTORY_VERB, historyDetail } from './task-history-line.ts';

/** The task's audit trail, oldest first, in a dialog. */
export function TaskHistory({ task, timeZone, onClose }: { task: Task; timeZone: string; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [entries, setEntries] = useState<TaskHistoryEntry[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    apiRequest<{ items: TaskHistoryEntry[] }>('GET', `/api/v1/tasks/${task.id}/history`)
      .then((history) => setEntries(history.items))
      .catch((caught: unknown) => setError(caught instanceof ApiError ? caught.message : 'Could not load the history.'));
  }, [task.id]);

  return (
    <dialog ref={dialog} className="task-dialog" aria-labelledby="history-heading" onClose={onClose}>
      <h2 id="history-heading">History of “{task.title}”</h2>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {entries === undefined && !error && <p className="muted">Loading…</p>}
      {entries && (
        <ol className="history">
          {entries.map((entry) => (
            <li key={entry.event_id}>
              <strong>{HISTORY_VERB[entry.event_type]}</strong>
              {historyDetail(entry)}
              <span className="muted"> · {formatDateTime(entry.timestamp, timeZone)}</span>
            </li>
          ))}
        </ol>
      )}
      <div className="actions">
        <button type="button" className="primary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
