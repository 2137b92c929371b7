import { type FormEvent, useState } from 'react';
import { ApiError, apiRequest, saveToken } from '../api/api-client.ts';

/** Sign in, or create an account; either way the answer's session token is kept as the bearer token. */
export function AuthScreen({ onSignedIn }: { onSignedIn: () => void }) {
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
      const body = mode === 'sign-up' ? { name: String(form.get('name')), email, password } : { email, password };
      const { token } = await apiRequest<{ token: string }>('POST', `/api/auth/${mode}/email`, body);
      saveToken(token);
      onSignedIn();
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
