import type { Project } from '@doable/contracts';
import { type FormEvent, useState } from 'react';
import { apiRequest } from '../api/api-client.ts';
import { errorMessage } from './error-message.ts';
import { Modal } from './modal.tsx';

export const PROJECT_COLORS = ['#808080', '#d93f3f', '#e07b00', '#b8a000', '#2e9e50', '#1f8a8a', '#2f5bd3', '#7a4fd6', '#c2408f'];

/** A new project, or the owner's settings of one: name, colour, emoji; archive and delete for an existing one. */
export function ProjectForm({
  project,
  onClose,
  onSaved,
  onDeleted,
}: {
  project?: Project;
  onClose: () => void;
  onSaved: (project: Project) => void;
  onDeleted?: () => void;
}) {
  const [name, setName] = useState(project?.name ?? '');
  const [color, setColor] = useState(project?.color ?? PROJECT_COLORS[6] ?? '#2f5bd3');
  const [emoji, setEmoji] = useState(project?.emoji ?? '');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);

  async function run<T>(call: () => Promise<T>, then: (answer: T) => void) {
    setBusy(true);
    setError(undefined);
    try {
      then(await call());
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = { name, color, emoji: emoji.trim() || null };
    void run(
      () =>
        project
          ? apiRequest<Project>('PATCH', `/api/v1/projects/${project.id}`, body)
          : apiRequest<Project>('POST', '/api/v1/projects', body),
      onSaved,
    );
  }

  return (
    <Modal title={project ? `Project settings` : 'New project'} onClose={onClose}>
      <form className="stack" onSubmit={submit}>
        <label>
          Name
          <input value={name} onChange={(event) => setName(event.target.value)} required maxLength={120} />
        </label>
        <fieldset className="color-choices">
          <legend>Colour</legend>
          {PROJECT_COLORS.map((choice) => (
            <label key={choice} className="color-choice" title={choice}>
              <input
                type="radio"
                className="color-choice-input"
                name="color"
                value={choice}
                checked={color === choice}
                onChange={() => setColor(choice)}
              />
              <span className="project-dot" style={{ background: choice }} />
              <span className="visually-hidden">{choice}</span>
            </label>
          ))}
        </fieldset>
        <label>
          Emoji (optional)
          <input value={emoji} onChange={(event) => setEmoji(event.target.value)} maxLength={16} placeholder="e.g. 🛒" />
        </label>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {project ? 'Save' : 'Create project'}
          </button>
        </div>
      </form>
      {project && (
        <div className="stack danger-zone">
          <button
            type="button"
            disabled={busy}
            onClick={() =>
              void run(() => apiRequest<Project>('PATCH', `/api/v1/projects/${project.id}`, { archived: !project.archived }), onSaved)
            }
          >
            {project.archived ? 'Unarchive project' : 'Archive project'}
          </button>
          {confirmDelete ? (
            <div className="row">
              <p>Delete “{project.name}” and its tasks for every member?</p>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() =>
                  void run(
                    () => apiRequest('DELETE', `/api/v1/projects/${project.id}`),
                    () => onDeleted?.(),
                  )
                }
              >
                Delete for good
              </button>
              <button type="button" onClick={() => setConfirmDelete(false)}>
                Keep it
              </button>
            </div>
          ) : (
            <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
              Delete project…
            </button>
          )}
        </div>
      )}
    </Modal>
  );
}
