import { type CreateTaskBody, describeRecurrence, type Priority, type Project, type ProjectMember, type Task } from '@doable/contracts';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { ApiError, apiRequest } from '../api/api-client.ts';
import { RecurrenceEditor } from './recurrence-editor.tsx';
import { fromLocalInput, toLocalInput } from './task-format.ts';
import { useParentChoices } from './use-parent-choices.ts';

const REMINDERS = [
  { value: '', label: 'None' },
  { value: '0m', label: 'At due time' },
  { value: '10m', label: '10 minutes before' },
  { value: '1h', label: '1 hour before' },
  { value: '1d', label: '1 day before' },
];

/** The request body as it goes on the wire (dates as ISO text, durations as text). */
type TaskBody = { [K in keyof CreateTaskBody]?: unknown } & { title: string };

interface TaskFormProps {
  task?: Task | undefined;
  knownTags: string[];
  /** The projects the task may go in; the select shows only when there is more than one. */
  projects: Project[];
  defaultProjectId: number | undefined;
  members: (projectId: number) => Promise<ProjectMember[]>;
  onSaved: (task: Task) => void;
  onClose: () => void;
}

/** Create or edit a task, in a modal dialog. */
export function TaskForm({ task, knownTags, projects, defaultProjectId, members, onSaved, onClose }: TaskFormProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const ids = useId();
  const [title, setTitle] = useState(task?.title ?? '');
  const [description, setDescription] = useState(task?.description ?? '');
  const [priority, setPriority] = useState<Priority>(task?.priority ?? 'medium');
  const [tags, setTags] = useState<string[]>(task?.tags ?? []);
  const [tagDraft, setTagDraft] = useState('');
  const [due, setDue] = useState(toLocalInput(task?.due_date ?? null));
  const [recurring, setRecurring] = useState(task?.recurring ?? '');
  const [basis, setBasis] = useState(task?.recurrence_basis ?? 'due');
  const initialReminder = task?.remind_before ?? '';
  const [reminder, setReminder] = useState(
    REMINDERS.some((option) => option.value === initialReminder) ? initialReminder : initialReminder ? 'custom' : '',
  );
  const [customReminder, setCustomReminder] = useState(REMINDERS.some((option) => option.value === initialReminder) ? '' : initialReminder);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [projectId, setProjectId] = useState<number | undefined>(task?.project_id ?? defaultProjectId);
  const [assignee, setAssignee] = useState(task?.assignee_id ?? '');
  const [people, setPeople] = useState<ProjectMember[]>([]);
  // A new task may go under an open task of its project (as "+ Subtask" on a row does); an existing one is moved instead.
  const parents = useParentChoices(projectId, !task);
  const [parentId, setParentId] = useState<number>();
  useEffect(() => {
    if (projectId === undefined) return;
    let current = true;
    members(projectId)
      .then((list) => {
        if (!current) return;
        setPeople(list);
        // Someone who is not a member of the chosen project cannot be its task's assignee.
        setAssignee((chosen) => (list.some((member) => member.user_id === chosen) ? chosen : ''));
      })
      .catch(() => current && setPeople([]));
    return () => {
      current = false;
    };
  }, [projectId, members]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  function addTag(raw: string) {
    const next = raw
      .split(',')
      .map((tag) => tag.trim().toLocaleLowerCase())
      .filter((tag) => tag !== '' && !tags.includes(tag));
    if (next.length) setTags([...tags, ...new Set(next)]);
    setTagDraft('');
  }

  function onTagKey(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      addTag(tagDraft);
    } else if (event.key === 'Backspace' && tagDraft === '' && tags.length) {
      setTags(tags.slice(0, -1));
    }
  }

  const reminderValue = reminder === 'custom' ? customReminder.trim() : reminder;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const allTags = tagDraft.trim()
      ? [
          ...new Set([
            ...tags,
            ...tagDraft
              .split(',')
              .map((t) => t.trim().toLocaleLowerCase())
              .filter(Boolean),
          ]),
        ]
      : tags;
    const body: TaskBody = {
      title,
      description,
      priority,
      tags: allTags,
      due_date: fromLocalInput(due),
      recurring: recurring || null,
      recurrence_basis: basis,
      remind_before: due && reminderValue ? reminderValue : null,
      assignee_id: assignee || null,
    };
    if (!task) {
      delete body.recurring;
      if (projectId !== undefined) body.project_id = projectId;
      if (parentId !== undefined) body.parent_id = parentId;
    }
    setBusy(true);
    setError(undefined);
    try {
      // Moved first: the assignee must be a member of the project the task ends up in.
      if (task && projectId !== undefined && projectId !== task.project_id) {
        await apiRequest<Task>('PATCH', `/api/v1/tasks/${task.id}/move`, { project_id: projectId });
      }
      const saved = task
        ? await apiRequest<Task>('PATCH', `/api/v1/tasks/${task.id}`, body)
        : recurring
          ? await apiRequest<Task>('POST', '/api/v1/tasks/recurring', { ...body, pattern: recurring })
          : await apiRequest<Task>('POST', '/api/v1/tasks', body);
      onSaved(saved);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not save. Check your connection and try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape already closes a modal dialog; the click is the backdrop.
    <dialog
      ref={dialog}
      className="task-dialog"
      aria-labelledby={`${ids}-heading`}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialog.current) dialog.current?.close();
      }}
    >
      <form onSubmit={submit} className="stack">
        <h2 id={`${ids}-heading`}>{task ? 'Edit task' : 'New task'}</h2>
        <label>
          Title
          <input value={title} onChange={(event) => setTitle(event.target.value)} required maxLength={500} />
        </label>
        <label>
          Description
          <textarea value={description} onChange={(event) => setDescription(event.target.value)} rows={3} />
        </label>
        {(projects.length > 1 || people.length > 1) && (
          <div className="row">
            {projects.length > 1 && (
              <label>
                Project
                <select
                  value={projectId ?? ''}
                  onChange={(event) => {
                    setProjectId(Number(event.target.value));
                    // A subtask stays in its parent's project: a parent chosen in another one no longer fits.
                    setParentId(undefined);
                  }}
                >
                  {projects.map((project) => (
                    <option key={project.id} value={project.id}>
                      {project.emoji ? `${project.emoji} ` : ''}
                      {project.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {people.length > 1 && (
              <label>
                Assignee
                <select value={assignee} onChange={(event) => setAssignee(event.target.value)}>
                  <option value="">Nobody</option>
                  {people.map((member) => (
                    <option key={member.user_id} value={member.user_id}>
                      {member.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
        )}
        {parents.length > 0 && (
          <div className="field">
            {/* Named by its own label element: a label wrapping the select would take the options' text into its name. */}
            <label htmlFor={`${ids}-parent`}>Subtask of</label>
            <select
              id={`${ids}-parent`}
              value={parentId ?? ''}
              onChange={(event) => setParentId(event.target.value ? Number(event.target.value) : undefined)}
            >
              <option value="">No parent (top level)</option>
              {parents.map((parent) => (
                <option key={parent.id} value={parent.id}>
                  {/* Indented by level, as in the tree; spaces, so a screen reader reads the title alone. */}
                  {'\u2003'.repeat(parent.depth - 1)}
                  {parent.title}
                </option>
              ))}
            </select>
          </div>
        )}
        <fieldset className="segmented">
          <legend>Priority</legend>
          {(['high', 'medium', 'low'] as const).map((value) => (
            <label key={value} className={`segment priority-${value}`}>
              <input type="radio" name="priority" value={value} checked={priority === value} onChange={() => setPriority(value)} />
              <PriorityIcon priority={value} /> {value[0]?.toUpperCase() + value.slice(1)}
            </label>
          ))}
        </fieldset>
        <div>
          <label htmlFor={`${ids}-tags`}>Tags</label>
          <div className="tag-input">
            <ul className="chips" aria-label="Tags on this task">
              {tags.map((tag) => (
                <li key={tag} className="chip">
                  {tag}
                  <button type="button" aria-label={`Remove tag ${tag}`} onClick={() => setTags(tags.filter((other) => other !== tag))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <input
              id={`${ids}-tags`}
              list={`${ids}-known-tags`}
              value={tagDraft}
              placeholder="Type a tag, then Enter"
              onChange={(event) => {
                const value = event.target.value;
                // Picking a suggestion from the list fills the whole tag at once.
                if (knownTags.includes(value.trim().toLocaleLowerCase()) && value.length - tagDraft.length > 1) addTag(value);
                else setTagDraft(value);
              }}
              onKeyDown={onTagKey}
              onBlur={() => tagDraft.trim() && addTag(tagDraft)}
            />
            <datalist id={`${ids}-known-tags`}>
              {knownTags
                .filter((tag) => !tags.includes(tag))
                .map((tag) => (
                  <option key={tag} value={tag} />
                ))}
            </datalist>
          </div>
        </div>
        <div className="row">
          <label>
            Due
            <input type="datetime-local" value={due} onChange={(event) => setDue(event.target.value)} />
          </label>
          <div className="field">
            <label htmlFor={`${ids}-reminder`}>Reminder</label>
            <select id={`${ids}-reminder`} value={reminder} onChange={(event) => setReminder(event.target.value)} disabled={!due}>
              {REMINDERS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
              <option value="custom">Custom…</option>
            </select>
          </div>
          {reminder === 'custom' && due && (
            <label>
              Before due (e.g. 2h, 3d, 1h30m)
              <input
                value={customReminder}
                onChange={(event) => setCustomReminder(event.target.value)}
                pattern="(\d+w)?(\d+d)?(\d+h)?(\d+m)?"
                required
              />
            </label>
          )}
        </div>
        {!due && <p className="hint">Set a due date to add a reminder.</p>}
        <RecurrenceEditor initial={task?.recurring ?? ''} due={due} onChange={setRecurring} />
        {recurring && (
          <>
            <p className="hint" aria-live="polite">
              Repeats {describeRecurrence(recurring)}.
            </p>
            <fieldset className="segmented">
              <legend>Next occurrence counts from</legend>
              <label className="segment">
                <input type="radio" name="basis" checked={basis === 'due'} onChange={() => setBasis('due')} /> the due date
              </label>
              <label className="segment">
                <input type="radio" name="basis" checked={basis === 'completion'} onChange={() => setBasis('completion')} /> completion
              </label>
            </fieldset>
          </>
        )}
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
        <div className="actions">
          <button type="button" onClick={() => dialog.current?.close()}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {task ? 'Save' : 'Add task'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

const PRIORITY_ICON: Record<Priority, string> = { high: '▲', medium: '■', low: '▼' };

export function PriorityIcon({ priority }: { priority: Priority }) {
  return (
    <span className="priority-icon" aria-hidden="true">
      {PRIORITY_ICON[priority]}
    </span>
  );
}
