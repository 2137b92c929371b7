import { useCallback, useEffect, useId, useState } from 'react';
import { ApiError, apiRequest } from '../api/api-client.ts';
import { type AppPasswordScope, dateOf, type ListedApiKey, SCOPE_WORDS, scopeOfKey } from './app-password-scope.ts';
import { CopyField } from './copy-field.tsx';

const failure = (caught: unknown) => (caught instanceof ApiError ? caught.message : 'Could not reach Doable. Try again.');

/**
 * App passwords: one per device, for CalDAV clients (HTTP Basic with the account's email). They are better-auth API
 * keys, so the same keys also work as MCP and API keys; the password is shown once, when it is made.
 */
export function AppPasswords() {
  const ids = useId();
  const [keys, setKeys] = useState<ListedApiKey[]>();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<AppPasswordScope>('write');
  const [created, setCreated] = useState<{ name: string; key: string }>();
  const [confirming, setConfirming] = useState<string>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      setKeys((await apiRequest<{ apiKeys: ListedApiKey[] }>('GET', '/api/auth/api-key/list')).apiKeys);
    } catch (caught) {
      setError(failure(caught));
    }
  }, []);
  useEffect(() => void load(), [load]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
      await load();
    } catch (caught) {
      setError(failure(caught));
    } finally {
      setBusy(false);
    }
  }

  const create = () =>
    run(async () => {
      const made = await apiRequest<{ key: string; name: string | null }>('POST', '/api/auth/api-key/create', { name: name.trim(), scope });
      setCreated({ name: made.name ?? name.trim(), key: made.key });
      setName('');
    });
  const revoke = (key: ListedApiKey) =>
    run(async () => {
      await apiRequest('POST', '/api/auth/api-key/delete', { keyId: key.id });
      setConfirming(undefined);
      if (created && created.name === key.name) setCreated(undefined);
    });

  return (
    <section aria-labelledby={`${ids}-heading`} className="settings-section stack">
      <h3 id={`${ids}-heading`}>App passwords</h3>
      <p className="muted">
        Make one for each device or app, and use it instead of your account password. Revoking one signs that device out at once.
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <form
        className="row app-password-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) void create();
        }}
      >
        <label>
          Device or app
          <input value={name} required maxLength={64} placeholder="e.g. Phone (DAVx⁵)" onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          Access
          <select value={scope} onChange={(event) => setScope(event.target.value as AppPasswordScope)}>
            <option value="write">{SCOPE_WORDS.write}</option>
            <option value="read">{SCOPE_WORDS.read}</option>
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy}>
          Create app password
        </button>
      </form>
      {created && (
        <div className="created-password stack">
          <CopyField
            label={`App password for ${created.name}`}
            value={created.key}
            hint="You won't see it again: copy it into the app now. If you lose it, revoke it and make a new one."
          />
          <button type="button" className="small" onClick={() => setCreated(undefined)}>
            Done, I copied it
          </button>
        </div>
      )}
      {keys?.length === 0 && <p>No app passwords yet.</p>}
      <ul className="connected-app-list" aria-label="App passwords">
        {keys?.map((key) => (
          <li key={key.id}>
            <div>
              <strong>{key.name ?? 'Unnamed'}</strong> <span className="muted">{SCOPE_WORDS[scopeOfKey(key.permissions)]}</span>
              <p className="muted">
                Created {dateOf(key.createdAt)}
                {key.lastRequest ? <> · last used {dateOf(key.lastRequest)}</> : <> · not used yet</>}
              </p>
            </div>
            {confirming === key.id ? (
              <div className="row">
                <button type="button" className="danger" disabled={busy} onClick={() => void revoke(key)}>
                  Revoke {key.name ?? 'it'}
                </button>
                <button type="button" onClick={() => setConfirming(undefined)}>
                  Keep
                </button>
              </div>
            ) : (
              <button
                type="button"
                className="danger"
                onClick={() => setConfirming(key.id)}
                aria-label={`Revoke ${key.name ?? 'app password'}…`}
              >
                Revoke…
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
