import { type FormEvent, useState } from 'react';
import { ApiError, apiRequest } from '../api/api-client.ts';
import { signedOAuthQuery } from '../oauth/oauth-request.ts';
import type { SessionState } from './use-session.ts';

const COOKIE_REFUSED =
  'Signed in, but this browser did not keep the session cookie. If Doable’s PUBLIC_URL starts with https://, open Doable at that https address: browsers do not keep secure cookies for http pages. Cookies must also be allowed for this site.';

/**
 * Sign in, or create an account. better-auth answers with an httpOnly session cookie, which the browser keeps and
 * sends from then on; the token in the answer's body is for API clients and is left alone here.
 */
export function AuthScreen({ onSignedIn }: { onSignedIn: () => Promise<SessionState> }) {
  const [mode, setMode] = useState<'sign-in' | 'sign-up'>('sign-in');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get('email'));
    const password = String(form.get('password'));
    setBusy(true);
    setError(undefined);
    try {
      // Opened by an app's authorization request: signing in carries it on, and the server answers with where to go next.
      const oauthQuery = signedOAuthQuery();
      const credentials = mode === 'sign-up' ? { name: String(form.get('name')), email, password } : { email, password };
      const body = oauthQuery ? { ...credentials, oauth_query: oauthQuery } : credentials;
      const answer = await apiRequest<{ redirect?: boolean; url?: string } | undefined>('POST', `/api/auth/${mode}/email`, body);
      if (oauthQuery && answer?.redirect && answer.url) {
        location.assign(answer.url);
        return;
      }
      // Signed in, yet the server sees no session: the browser refused the cookie.
      if ((await onSignedIn()) === 'signed-out') setError(COOKIE_REFUSED);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not reach the server. Try again.');
    } finally {
      setBusy(false);
    }
  }

  const signingUp = mode === 'sign-up';
  return (
    <main className="auth">
      <div className="auth-card">
        <h1 className="brand">
          <span aria-hidden="true">✓</span> Doable
        </h1>
        <p className="muted">Tasks with priorities, tags, due dates, recurrence and reminders.</p>
        <h2>{signingUp ? 'Create your account' : 'Sign in'}</h2>
        <form onSubmit={submit} className="stack">
          {signingUp && (
            <label>
              Name
              <input name="name" autoComplete="name" required />
            </label>
          )}
          <label>
            Email
            <input name="email" type="email" autoComplete="email" required />
          </label>
          <label>
            Password
            <input
              name="password"
              type="password"
              autoComplete={signingUp ? 'new-password' : 'current-password'}
              minLength={signingUp ? 8 : undefined}
              required
            />
          </label>
          {error && (
            <p role="alert" className="error">
              {error}
            </p>
          )}
          <button type="submit" className="primary" disabled={busy}>
            {signingUp ? 'Create account' : 'Sign in'}
          </button>
        </form>
        <p>
          {signingUp ? 'Already have an account? ' : 'New to Doable? '}
          <button
            type="button"
            className="link"
            onClick={() => {
              setMode(signingUp ? 'sign-in' : 'sign-up');
              setError(undefined);
            }}
          >
            {signingUp ? 'Sign in' : 'Create an account'}
          </button>
        </p>
      </div>
    </main>
  );
}
