import type { Invitation, Project } from '@doable/contracts';
import { useState } from 'react';
import { apiRequest } from '../api/api-client.ts';
import { errorMessage } from './error-message.ts';
import { Modal } from './modal.tsx';

/** Invitations to the user by email: accept (the project opens) or decline. */
export function InvitationsDialog({
  invitations,
  onClose,
  onAnswered,
}: {
  invitations: Invitation[];
  onClose: () => void;
  onAnswered: (joined?: Project) => void;
}) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<number>();
  async function answer(invitation: Invitation, accept: boolean) {
    setBusy(invitation.id);
    setError(undefined);
    try {
      const path = `/api/v1/invitations/${invitation.id}/${accept ? 'accept' : 'decline'}`;
      if (accept) onAnswered(await apiRequest<Project>('POST', path));
      else {
        await apiRequest('POST', path);
        onAnswered();
      }
    } catch (caught) {
      setError(errorMessage(caught));
      onAnswered();
    } finally {
      setBusy(undefined);
    }
  }
  return (
    <Modal title="Invitations" onClose={onClose}>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {invitations.length === 0 ? (
        <p className="muted">No invitations waiting.</p>
      ) : (
        <ul className="share-list">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="share-item">
              <span className="share-who">
                <strong>{invitation.project_name}</strong>{' '}
                <span className="muted">
                  · {invitation.invited_by.name} invites you as {invitation.role === 'editor' ? 'an editor' : 'a viewer'}
                </span>
              </span>
              <button
                type="button"
                className="small primary"
                disabled={busy === invitation.id}
                aria-label={`Accept the invitation to ${invitation.project_name}`}
                onClick={() => void answer(invitation, true)}
              >
                Accept
              </button>
              <button
                type="button"
                className="small"
                disabled={busy === invitation.id}
                aria-label={`Decline the invitation to ${invitation.project_name}`}
                onClick={() => void answer(invitation, false)}
              >
                Decline
              </button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}
