import type { ConnectedApp, ConnectedAppList } from '@doable/contracts';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, apiRequest } from '../api/api-client.ts';
import { hostOf, scopeWords } from './oauth-request.ts';

const dateOf = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** The apps the user allowed to use their tasks (assistants connected over OAuth), each with a Disconnect button. */
export function ConnectedApps({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [apps, setApps] = useState<ConnectedApp[]>();
  const [error, setError] = useState<string>();

  const load = useCallback(async () => {
    try {
      setApps((await apiRequest<ConnectedAppList>('GET', '/api/v1/connected-apps')).items);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not reach Doable. Try again.');
    }
  }, []);

  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    void load();
  }, [load]);

  async function revoke(app: ConnectedApp) {
    setError(undefined);
    try {
      await apiRequest('DELETE', `/api/v1/connected-apps/${encodeURIComponent(app.id)}`);
      await load();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not reach Doable. Try again.');
    }
  }

  return (
    <dialog ref={dialog} className="task-dialog connected-apps" aria-labelledby="connected-apps-heading" onClose={onClose}>
      <h2 id="connected-apps-heading">Connected apps</h2>
      <p className="muted">Assistants you allowed to use your tasks. Disconnecting one stops it at once.</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {apps?.length === 0 && <p>No app is connected.</p>}
      <ul className="connected-app-list">
        {apps?.map((app) => (
          <li key={app.id}>
            <div>
              <strong>{app.name ?? hostOf(app.client_id)}</strong> <span className="muted">{hostOf(app.client_id)}</span>
              <ul className="consent-scopes">
                {app.scopes.map((scope) => (
                  <li key={scope}>{scopeWords(scope)}</li>
                ))}
              </ul>
              <p className="muted">
                Connected {dateOf(app.connected_at)}
                {app.last_used_at && <> · last used {dateOf(app.last_used_at)}</>}
              </p>
            </div>
            <button
              type="button"
              className="danger"
              onClick={() => void revoke(app)}
              aria-label={`Disconnect ${app.name ?? app.client_id}`}
            >
              Disconnect
            </button>
          </li>
        ))}
      </ul>
      <div className="actions">
        <button type="button" className="primary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
