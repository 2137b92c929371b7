import type { Me } from '@doable/contracts';
import { useEffect, useState } from 'react';
import { ApiError, apiRequest } from '../api/api-client.ts';
import { hostOf, scopeWords, signedOAuthQuery } from './oauth-request.ts';

interface PublicClient {
  client_id: string;
  client_name?: string;
  client_uri?: string;
}

/**
 * Asks the signed-in user whether an app (an assistant that wants to reach Doable's MCP server) may use their
 * tasks: its name, where it comes from (the host of its client id, which is its metadata document's URL, and
 * where it sends the answer), and what it may do in plain words. Allow and Deny both go back to the app.
 */
export function ConsentScreen({ me }: { me: Me | undefined }) {
  const params = new URLSearchParams(location.search);
  const clientId = params.get('client_id') ?? '';
  const scopes = (params.get('scope') ?? '').split(' ').filter(Boolean);
  const returnsTo = hostOf(params.get('redirect_uri'));
  const [client, setClient] = useState<PublicClient>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    apiRequest<PublicClient>('GET', `/api/auth/oauth2/public-client?client_id=${encodeURIComponent(clientId)}`).then(setClient, (caught) =>
      setError(caught instanceof ApiError ? caught.message : 'Could not reach Doable. Try again.'),
    );
  }, [clientId]);

  async function answer(accept: boolean) {
    setBusy(true);
    setError(undefined);
    try {
      const { url } = await apiRequest<{ url: string }>('POST', '/api/auth/oauth2/consent', { accept, oauth_query: signedOAuthQuery() });
      location.assign(url);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not reach Doable. Try again.');
      setBusy(false);
    }
  }

  const name = client?.client_name ?? hostOf(clientId) ?? 'An app';
  return (
    <main className="auth">
      <div className="auth-card stack consent">
        <h1 className="brand">
          <span aria-hidden="true">✓</span> Doable
        </h1>
        <h2>
          Allow <strong>{name}</strong> to use your tasks?
        </h2>
        <dl className="consent-facts">
          <div>
            <dt>Identified by</dt>
            <dd>
              <span className="consent-host">{hostOf(clientId)}</span>
              {client?.client_uri && hostOf(client.client_uri) !== hostOf(clientId) && (
                <span className="muted"> (says it is {hostOf(client.client_uri)})</span>
              )}
            </dd>
          </div>
          {returnsTo && (
            <div>
              <dt>Sends you back to</dt>
              <dd className="consent-host">{returnsTo}</dd>
            </div>
          )}
          {me && (
            <div>
              <dt>Your account</dt>
              <dd>{me.email}</dd>
            </div>
          )}
        </dl>
        <p>It will be able to:</p>
        <ul className="consent-scopes">
          {scopes.map((scope) => (
            <li key={scope}>{scopeWords(scope)}</li>
          ))}
        </ul>
        <p className="muted">You can disconnect it at any time under Connected apps.</p>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={() => void answer(false)} disabled={busy}>
            Deny
          </button>
          <button type="button" className="primary" onClick={() => void answer(true)} disabled={busy || !client}>
            Allow
          </button>
        </div>
      </div>
    </main>
  );
}
