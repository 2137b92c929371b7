import type { Project } from '@doable/contracts';
import { type DragEvent, useState } from 'react';
import { dropZone } from '../drag/drop-zone.ts';
import { SMART_VIEWS, type SmartView } from '../tasks/view-state.ts';
import { ProjectMark } from './project-badge.tsx';

/** A place the list can show: one project, a smart view across projects, or everything (both null/''). */
export interface Place {
  project: number | null;
  smart: SmartView | '';
}

interface SidebarProps {
  projects: Project[] | undefined;
  place: Place;
  invitationCount: number;
  /** On a phone the sidebar is a drawer: open or not. */
  open: boolean;
  onClose: () => void;
  onSelect: (place: Place) => void;
  onMove: (id: number, delta: -1 | 1) => void;
  /** A project dragged (by its handle) and dropped right before or after another. */
  onDrop: (id: number, targetId: number, at: 'before' | 'after') => void;
  onNewProject: () => void;
  onInvitations: () => void;
}

/** Inbox, the smart views, the user's projects (archived ones behind a toggle), and "New project". */
export function Sidebar(props: SidebarProps) {
  const { projects, place, invitationCount, open, onClose, onSelect, onMove, onDrop, onNewProject, onInvitations } = props;
  const [showArchived, setShowArchived] = useState(false);
  const [dragging, setDragging] = useState<number>();
  const [dropTarget, setDropTarget] = useState<{ id: number; at: 'before' | 'after' }>();
  const inbox = projects?.find((project) => project.is_inbox);
  const active = projects?.filter((project) => !project.is_inbox && !project.archived) ?? [];
  const archived = projects?.filter((project) => project.archived) ?? [];
  const select = (next: Place) => {
    onSelect(next);
    onClose();
  };
  const current = (candidate: Place) => (candidate.project === place.project && candidate.smart === place.smart ? 'page' : undefined);

  // Dragging works as in a project's task tree (task-tree-list.tsx): by the handle, with a line where the drop goes;
  // a project has no inside, so each half of a row is one side. The buttons stay the keyboard's way.
  const zone = (event: DragEvent<HTMLLIElement>) => dropZone(event.clientY, event.currentTarget.getBoundingClientRect(), false);
  const endDrag = () => {
    setDragging(undefined);
    setDropTarget(undefined);
  };
  const dropHandlers = (project: Project) => ({
    onDragOver: (event: DragEvent<HTMLLIElement>) => {
      if (dragging === undefined || dragging === project.id) return;
      event.preventDefault();
      const at = zone(event);
      if (dropTarget?.id !== project.id || dropTarget.at !== at) setDropTarget({ id: project.id, at });
    },
    onDragLeave: () => setDropTarget((target) => (target?.id === project.id ? undefined : target)),
    onDrop: (event: DragEvent<HTMLLIElement>) => {
      event.preventDefault();
      const moved = dragging;
      endDrag();
      if (moved !== undefined && moved !== project.id) onDrop(moved, project.id, zone(event));
    },
  });

  return (
    // The column is the page's height, however long, so its background reaches the bottom; the nav in it stays in view.
    <div className="sidebar-column">
      {open && <div className="sidebar-scrim" aria-hidden="true" onClick={onClose} />}
      <nav id="sidebar" className={`sidebar${open ? ' open' : ''}`} aria-label="Projects and views">
        <ul className="sidebar-list">
          <li>
            <button
              type="button"
              className="sidebar-item"
              aria-current={current({ project: null, smart: '' })}
              onClick={() => select({ project: null, smart: '' })}
            >
              <span className="sidebar-name">All tasks</span>
            </button>
          </li>
          {inbox && (
            <li>
              <ProjectButton
                project={inbox}
                current={current({ project: inbox.id, smart: '' })}
                onClick={() => select({ project: inbox.id, smart: '' })}
              />
            </li>
          )}
          {SMART_VIEWS.map((view) => (
            <li key={view.value}>
              <button
                type="button"
                className="sidebar-item"
                aria-current={current({ project: null, smart: view.value })}
                onClick={() => select({ project: null, smart: view.value })}
              >
                <span className="sidebar-name">{view.label}</span>
              </button>
            </li>
          ))}
        </ul>
        {invitationCount > 0 && (
          <button type="button" className="sidebar-invitations" onClick={onInvitations}>
            Invitations <span className="badge">{invitationCount}</span>
          </button>
        )}
        <div className="sidebar-heading">
          <h2 id="projects-heading">Projects</h2>
          <button type="button" className="small" onClick={onNewProject}>
            + New project
          </button>
        </div>
        <ul className="sidebar-list" aria-labelledby="projects-heading">
          {active.length === 0 && <li className="muted sidebar-empty">No projects yet.</li>}
          {active.map((project, index) => (
            <li
              key={project.id}
              className={`sidebar-project${dropTarget?.id === project.id ? ` drop-${dropTarget.at}` : ''}`}
              {...dropHandlers(project)}
            >
              {/* For the mouse only, as in the task tree: hidden from assistive technology, the buttons do it by keyboard. */}
              <span
                className="drag-handle"
                draggable="true"
                aria-hidden="true"
                title="Drag to reorder"
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', project.name);
                  const row = event.currentTarget.closest('li');
                  if (row) event.dataTransfer.setDragImage(row, 16, 16);
                  setDragging(project.id);
                }}
                onDragEnd={endDrag}
              >
                ⠿
              </span>
              <ProjectButton
                project={project}
                current={current({ project: project.id, smart: '' })}
                onClick={() => select({ project: project.id, smart: '' })}
              />
              <span className="order-controls">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${project.name} up`}
                  disabled={index === 0}
                  onClick={() => onMove(project.id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${project.name} down`}
                  disabled={index === active.length - 1}
                  onClick={() => onMove(project.id, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ul>
        {archived.length > 0 && (
          <>
            <button
              type="button"
              className="link sidebar-toggle"
              aria-expanded={showArchived}
              aria-controls="archived-projects"
              onClick={() => setShowArchived(!showArchived)}
            >
              {showArchived ? 'Hide' : 'Show'} archived ({archived.length})
            </button>
            {showArchived && (
              <ul id="archived-projects" className="sidebar-list" aria-label="Archived projects">
                {archived.map((project) => (
                  <li key={project.id}>
                    <ProjectButton
                      project={project}
                      current={current({ project: project.id, smart: '' })}
                      onClick={() => select({ project: project.id, smart: '' })}
                    />
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </nav>
    </div>
  );
}

/**
 * The count is every open task of the project, subtasks included (the API's `open_task_count`), as Todoist counts:
 * it is what is left to do there, whether or not it was broken down.
 */
function ProjectButton({ project, current, onClick }: { project: Project; current: 'page' | undefined; onClick: () => void }) {
  const count = project.open_task_count;
  const words = `${count} open ${count === 1 ? 'task' : 'tasks'}, subtasks included`;
  return (
    <button type="button" className="sidebar-item" aria-current={current} onClick={onClick} data-project-id={project.id}>
      <ProjectMark project={project} />
      <span className="sidebar-name">{project.name}</span>
      {project.member_count > 1 && <span className="visually-hidden">, shared</span>}
      {count > 0 && (
        <span className="sidebar-count" title={words}>
          <span aria-hidden="true">{count}</span>
          <span className="visually-hidden">, {words}</span>
        </span>
      )}
    </button>
  );
}
