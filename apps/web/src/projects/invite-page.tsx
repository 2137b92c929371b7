import type { InvitePreview, Project } from '@doable/contracts';
import { useEffect, useState } from 'react';
import { ApiError, apiRequest } from '../api/api-client.ts';
import { errorMessage } from './error-message.ts';
import { inviteProblem } from './invite-link.ts';
import { ProjectMark } from './project-badge.tsx';

/**
 * `/invite/<token>`: what the link offers and an Accept button. The app shows the sign-in screen first when needed,
 * on this same address, so the user comes back here once signed in.
 */
export function InvitePage({ token, onJoined }: { token: string; onJoined: (project: Project) => void }) {
  const [preview, setPreview] = useState<InvitePreview>();
  const [problem, setProblem] = useState<{ title: string; detail: string }>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    apiRequest<InvitePreview>('GET', `/api/v1/invites/${encodeURIComponent(token)}`)
      .then(setPreview)
      .catch((caught: unknown) =>
        setProblem(
          caught instanceof ApiError
            ? inviteProblem(caught.status, caught.message)
            : { title: 'Could not open the invitation', detail: errorMessage(caught) },
        ),
      );
  }, [token]);

  async function accept() {
    setBusy(true);
    setError(undefined);
    try {
      onJoined(await apiRequest<Project>('POST', `/api/v1/invites/${encodeURIComponent(token)}/accept`));
    } catch (caught) {
      if (caught instanceof ApiError && (caught.status === 404 || caught.status === 410))
        setProblem(inviteProblem(caught.status, caught.message));
      else setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="auth invite-page">
      <div className="auth-card stack">
        <p className="brand">
          <span aria-hidden="true">✓</span> Doable
        </p>
        {problem ? (
          <>
            <h1>{problem.title}</h1>
            <p role="alert">{problem.detail}</p>
            <a href="/">Go to your tasks</a>
          </>
        ) : !preview ? (
          <p className="muted" aria-busy="true">
            Opening the invitation…
          </p>
        ) : (
          <>
            <h1>
              <ProjectMark project={preview} /> {preview.project_name}
            </h1>
            <p>
              {preview.invited_by.name} invites you to join as{' '}
              {preview.role === 'editor' ? 'an editor: you can add and change tasks' : 'a viewer: you can see the tasks'}.
            </p>
            <p className="muted">
              {preview.member_count} {preview.member_count === 1 ? 'member' : 'members'}
              {preview.expires_at ? ` · link valid until ${new Date(preview.expires_at).toLocaleString()}` : ''}
            </p>
            {error && (
              <p role="alert" className="error">
                {error}
              </p>
            )}
            {preview.already_member ? (
              <button type="button" className="primary" onClick={() => void accept()} disabled={busy}>
                You are a member: open the project
              </button>
            ) : (
              <button type="button" className="primary" onClick={() => void accept()} disabled={busy}>
                Accept and join
              </button>
            )}
            <a href="/">Not now</a>
          </>
        )}
      </div>
    </main>
  );
}
