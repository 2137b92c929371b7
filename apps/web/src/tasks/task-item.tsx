import { describeRecurrence, type Project, type Task } from '@doable/contracts';
import { type DragEvent, type KeyboardEvent, useState } from 'react';
import type { DropAt } from '../drag/drop-zone.ts';
import { Avatar } from '../projects/avatar.tsx';
import { ProjectMark } from '../projects/project-badge.tsx';
import { VIEWER_HINT } from '../projects/use-projects.ts';
import { PriorityIcon } from './task-form.tsx';
import { describeDue, describeReminder } from './task-format.ts';
import { TreeControls, type TreeProps, TreeToggle } from './tree-controls.tsx';

const PRIORITY_LABEL = { high: 'High', medium: 'Medium', low: 'Low' } as const;

interface TaskItemProps {
  task: Task;
  timeZone: string;
  search: string;
  canEdit: (task: Task) => boolean;
  projectOf: (task: Task) => Project | undefined;
  personName: (userId: string) => string | undefined;
  onToggle: (task: Task) => void;
  onEdit: (task: Task) => void;
  onRename: (task: Task, title: string) => void;
  onHistory: (task: Task) => void;
  onDelete: (task: Task) => void;
  onTagClick: (tag: string) => void;
  /** Its place in a project's tree: level, collapse, Add subtask and the move controls. Absent in flat lists. */
  tree?: TreeProps | undefined;
  /** Drag and drop in the tree: the row's handlers and where a drop would go. */
  drag?: DragProps | undefined;
}

export interface DragProps {
  dropAt: DropAt | undefined;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragOver: (event: DragEvent<HTMLLIElement>) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent<HTMLLIElement>) => void;
  onDragEnd: () => void;
}

export function TaskItem(props: TaskItemProps) {
  const { task, timeZone, search, onToggle, onEdit, onRename, onHistory, onDelete, onTagClick } = props;
  const editable = props.canEdit(task);
  const project = props.projectOf(task);
  const assignee = task.assignee_id ? (props.personName(task.assignee_id) ?? 'a member') : undefined;
  const readOnlyHint = editable ? undefined : VIEWER_HINT;
  const due = describeDue(task, timeZone);
  const [renaming, setRenaming] = useState(false);
  const finishRename = (title: string) => {
    setRenaming(false);
    if (title.trim() && title.trim() !== task.title) onRename(task, title.trim());
  };
  const onRenameKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') finishRename(event.currentTarget.value);
    else if (event.key === 'Escape') setRenaming(false);
  };
  const reminder = describeReminder(task, timeZone);
  const { tree, drag } = props;
  const progress = subtaskProgress(task);
  const classes = [
    'task',
    `priority-${task.priority}`,
    task.completed ? 'completed' : '',
    tree ? `depth-${tree.row.depth}` : '',
    drag?.dropAt ? `drop-${drag.dropAt}` : '',
  ];
  return (
    <li
      className={classes.filter(Boolean).join(' ')}
      data-task-id={task.id}
      onDragOver={drag?.onDragOver}
      onDragLeave={drag?.onDragLeave}
      onDrop={drag?.onDrop}
    >
      <input
        type="checkbox"
        className="toggle"
        checked={task.completed}
        onChange={() => onToggle(task)}
        disabled={!editable}
        title={readOnlyHint}
        aria-label={`${task.completed ? 'Reopen' : 'Complete'} “${task.title}”`}
      />
      <div className="task-body">
        <div className="task-head">
          {drag && (
            // The handle, not the row, is draggable: text in the row stays selectable and its fields editable. It is for
            // the mouse only (hidden from assistive technology): the move buttons are the keyboard's way.
            <span
              className="drag-handle"
              draggable="true"
              aria-hidden="true"
              onDragStart={drag.onDragStart}
              onDragEnd={drag.onDragEnd}
              title="Drag to move"
            >
              ⠿
            </span>
          )}
          {tree && <TreeToggle task={task} tree={tree} />}
          <span className={`priority-badge priority-${task.priority}`} title={`${PRIORITY_LABEL[task.priority]} priority`}>
            <PriorityIcon priority={task.priority} />
            <span className="priority-text">{PRIORITY_LABEL[task.priority]}</span>
          </span>
          {renaming ? (
            <input
              className="rename"
              defaultValue={task.title}
              aria-label={`Rename “${task.title}”`}
              maxLength={500}
              // biome-ignore lint/a11y/noAutofocus: the field appears because the user asked to rename.
              autoFocus
              onKeyDown={onRenameKey}
              onBlur={(event) => finishRename(event.currentTarget.value)}
            />
          ) : (
            <h3 className="task-title">
              <button
                type="button"
                className="title-button"
                onClick={() => setRenaming(true)}
                title={readOnlyHint ?? 'Click to rename'}
                disabled={!editable}
              >
                <Highlight text={task.title} query={search} />
              </button>
            </h3>
          )}
        </div>
        {task.description && (
          <p className="task-description">
            <Highlight text={task.description} query={search} />
          </p>
        )}
        <div className="task-meta">
          {tree?.row.parent && <span className="visually-hidden">Subtask of “{tree.row.parent.title}”.</span>}
          {progress && (
            <span className={`indicator subtask-progress${progress.done === progress.total ? ' all-done' : ''}`}>
              <span aria-hidden="true">
                ☑ {progress.done}/{progress.total}
              </span>
              <span className="visually-hidden">
                {progress.done} of {progress.total} {progress.total === 1 ? 'subtask' : 'subtasks'} done
              </span>
            </span>
          )}
          {project && (
            <span className="indicator task-project">
              <ProjectMark project={project} /> {project.name}
            </span>
          )}
          {task.assignee_id && assignee && (
            <span className="indicator task-assignee">
              <Avatar userId={task.assignee_id} name={assignee} label={`Assigned to ${assignee}`} />
            </span>
          )}
          {due && (
            <span className={`due due-${due.state}`}>
              <span aria-hidden="true">{due.state === 'overdue' ? '⚠' : '◷'}</span> {due.state === 'overdue' ? 'Overdue · ' : ''}
              <time dateTime={task.due_date ?? undefined}>{due.text}</time>
            </span>
          )}
          {task.recurring && (
            <span className="indicator recurrence" title={`Repeats ${describeRecurrence(task.recurring)}`}>
              <span aria-hidden="true">↻</span> {describeRecurrence(task.recurring)}
            </span>
          )}
          {reminder && !task.completed && (
            <span className="indicator reminder" title={`Reminder ${reminder}`}>
              <BellIcon />
              <span className="visually-hidden">Reminder</span> {reminder}
            </span>
          )}
          {task.tags.length > 0 && (
            <ul className="chips" aria-label="Tags">
              {task.tags.map((tag) => (
                <li key={tag}>
                  <button type="button" className="chip" onClick={() => onTagClick(tag)} aria-label={`Show tasks tagged ${tag}`}>
                    #{tag}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div className="task-actions">
        {tree && <TreeControls task={task} tree={tree} editable={editable} readOnlyHint={readOnlyHint} />}
        <button type="button" onClick={() => onEdit(task)} aria-label={`Edit “${task.title}”`} disabled={!editable} title={readOnlyHint}>
          Edit
        </button>
        <button type="button" onClick={() => onHistory(task)} aria-label={`History of “${task.title}”`}>
          History
        </button>
        <button
          type="button"
          className="danger"
          onClick={() => onDelete(task)}
          aria-label={`Delete “${task.title}”`}
          disabled={!editable}
          title={readOnlyHint}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

/** "2/5": the task's direct subtasks done and in all, as the API counts them; none for a task without subtasks. */
export function subtaskProgress(task: Task): { done: number; total: number } | undefined {
  const total = task.subtask_count ?? 0;
  return total > 0 ? { done: task.completed_subtask_count ?? 0, total } : undefined;
}

/** The text with each case-insensitive occurrence of the query marked. */
function Highlight({ text, query }: { text: string; query: string }) {
  const needle = query.trim().toLocaleLowerCase();
  if (!needle) return <>{text}</>;
  const parts: { text: string; hit: boolean; at: number }[] = [];
  const haystack = text.toLocaleLowerCase();
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1 && needle.length > 0; at = haystack.indexOf(needle, from)) {
    if (at > from) parts.push({ text: text.slice(from, at), hit: false, at: from });
    parts.push({ text: text.slice(at, at + needle.length), hit: true, at });
    from = at + needle.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), hit: false, at: from });
  return <>{parts.map((part) => (part.hit ? <mark key={part.at}>{part.text}</mark> : <span key={part.at}>{part.text}</span>))}</>;
}

/** Drawn rather than an emoji, which not every system has a font for. */
function BellIcon() {
  return (
    <svg className="icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M8 1.5a1 1 0 0 1 1 1v.6a4.5 4.5 0 0 1 3.5 4.4v2.8l1.2 1.6a.6.6 0 0 1-.5 1H2.8a.6.6 0 0 1-.5-1l1.2-1.6V7.5A4.5 4.5 0 0 1 7 3.1v-.6a1 1 0 0 1 1-1ZM6.3 14h3.4a1.7 1.7 0 0 1-3.4 0Z"
      />
    </svg>
  );
}
