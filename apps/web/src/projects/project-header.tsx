import type { Project, ProjectMember } from '@doable/contracts';
import { useEffect, useState } from 'react';
import { apiRequest } from '../api/api-client.ts';
import { Avatar } from './avatar.tsx';
import { errorMessage } from './error-message.ts';
import { ProjectMark } from './project-badge.tsx';
import { VIEWER_HINT } from './use-projects.ts';

interface ProjectHeaderProps {
  project: Project;
  myId: string | undefined;
  members: (projectId: number) => Promise<ProjectMember[]>;
  onShare: () => void;
  onSettings: () => void;
  /** The user left the project. */
  onLeft: () => void;
}

/** The shown project's name, members, and what the user may do with it (share and settings, or leave). */
export function ProjectHeader({ project, myId, members, onShare, onSettings, onLeft }: ProjectHeaderProps) {
  const [people, setPeople] = useState<ProjectMember[]>([]);
  const [error, setError] = useState<string>();
  const [confirmLeave, setConfirmLeave] = useState(false);
  const isOwner = project.role === 'owner';

  useEffect(() => {
    let current = true;
    members(project.id)
      .then((list) => current && setPeople(list))
      .catch(() => current && setPeople([]));
    return () => {
      current = false;
    };
  }, [project.id, members]);

  async function leave() {
    if (!myId) return;
    try {
      await apiRequest('DELETE', `/api/v1/projects/${project.id}/members/${myId}`);
      onLeft();
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }

  return (
    <div className="project-header">
      <div className="project-title-row">
        <h2 className="view-title">
          <ProjectMark project={project} /> {project.name}
          {project.archived && <span className="archived-label"> (archived)</span>}
        </h2>
        {people.length > 1 && (
          <ul className="avatars" aria-label={`${people.length} members`}>
            {people.slice(0, 6).map((member) => (
              <li key={member.user_id} className="avatar-item">
                <Avatar userId={member.user_id} name={member.name} label={`${member.name} (${member.role})`} />
              </li>
            ))}
            {people.length > 6 && <li className="muted avatar-item">+{people.length - 6}</li>}
          </ul>
        )}
        <div className="project-actions">
          {isOwner && !project.is_inbox && (
            <>
              <button type="button" onClick={onShare}>
                Share
              </button>
              <button type="button" onClick={onSettings}>
                Settings
              </button>
            </>
          )}
          {!isOwner &&
            (confirmLeave ? (
              <>
                <button type="button" className="danger" onClick={() => void leave()}>
                  Leave “{project.name}”
                </button>
                <button type="button" onClick={() => setConfirmLeave(false)}>
                  Stay
                </button>
              </>
            ) : (
              <button type="button" onClick={() => setConfirmLeave(true)}>
                Leave…
              </button>
            ))}
        </div>
      </div>
      {project.role === 'viewer' && <p className="hint viewer-hint">{VIEWER_HINT}</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
