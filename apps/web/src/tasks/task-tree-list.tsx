import { type KeyboardEvent, useLayoutEffect, useRef, useState } from 'react';
import { type DropAt, dropZone } from '../drag/drop-zone.ts';
import { type DragProps, TaskItem } from './task-item.tsx';
import type { TaskItemHandlers } from './task-list.tsx';
import { descendantIds, type MoveBody, treeRows } from './task-tree.ts';
import { MOVES, type MoveKind, type TreeTask } from './tree-controls.tsx';

interface TaskTreeListProps extends TaskItemHandlers {
  tasks: TreeTask[];
  timeZone: string;
  search: string;
  /** Resolves once the move is saved and the list reloaded (or failed and reloaded). */
  onMove: (task: TreeTask, kind: MoveKind | 'drop', body: MoveBody) => Promise<void>;
  /** Resolves true when the subtask was added. */
  onAddSubtask: (parent: TreeTask, title: string) => Promise<boolean>;
}

/**
 * A project's tasks in their manual order, each right above its subtasks (indented), with collapse, Add subtask,
 * the move buttons and drag and drop. The whole tree comes from the list's pages (`sort=position`), not from a
 * request per parent: one request shows every level, and a collapsed branch costs nothing to open.
 */
export function TaskTreeList({ tasks, timeZone, search, onMove, onAddSubtask, ...handlers }: TaskTreeListProps) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  const [addingTo, setAddingTo] = useState<number>();
  const [dragging, setDragging] = useState<number>();
  const [dropTarget, setDropTarget] = useState<{ id: number; at: DropAt }>();
  const listRef = useRef<HTMLUListElement>(null);
  // After a move the row is drawn elsewhere (or anew, under another parent), and the control used may be disabled
  // (Move up at the top): focus goes back to it, or to the next one still possible, so the keyboard user keeps their
  // place. Kept until focus goes elsewhere, as the list may be drawn more than once (the reload, then a live refresh).
  const focusRequest = useRef<{ id: number; control: string }>(undefined);
  const rows = treeRows(tasks, collapsed);
  // The draft of a new subtask goes where it will be: after the last row shown under its parent.
  const draftParent = rows.find((row) => row.task.id === addingTo);
  let draftAfter = draftParent ? rows.indexOf(draftParent) : -1;
  while (draftParent && (rows[draftAfter + 1]?.depth ?? 0) > draftParent.depth) draftAfter += 1;

  useLayoutEffect(() => {
    const wanted = focusRequest.current;
    const row = wanted && listRef.current?.querySelector(`[data-task-id="${wanted.id}"]`);
    if (!wanted || !row) return;
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && row.contains(active) && !active.matches(':disabled')) return;
    for (const control of [wanted.control, ...MOVES.map((move) => move.kind)]) {
      const button = row.querySelector<HTMLButtonElement>(`[data-control="${control}"]`);
      if (button && !button.disabled) return button.focus();
    }
    row.querySelector<HTMLButtonElement>('.title-button')?.focus();
  });

  /** The user took focus somewhere else (or clicked): no more bringing it back. */
  const releaseFocus = (target: EventTarget | null) => {
    const wanted = focusRequest.current;
    const row = wanted && listRef.current?.querySelector(`[data-task-id="${wanted.id}"]`);
    if (!(target instanceof Node) || !row?.contains(target)) focusRequest.current = undefined;
  };

  const toggleCollapsed = (id: number) =>
    setCollapsed((current) => {
      const next = new Set(current);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  async function move(task: TreeTask, kind: MoveKind, body: MoveBody) {
    focusRequest.current = { id: task.id, control: kind };
    await onMove(task, kind, body);
  }

  function openDraft(parent: TreeTask) {
    setCollapsed((current) => {
      const next = new Set(current);
      next.delete(parent.id);
      return next;
    });
    setAddingTo(parent.id);
  }

  function closeDraft(parentId: number) {
    setAddingTo(undefined);
    focusRequest.current = { id: parentId, control: 'add-subtask' };
  }

  const dragProps = (task: TreeTask, editable: boolean): DragProps | undefined => {
    if (!editable) return undefined;
    const forbidden = (id: number) => dragging === undefined || id === dragging || descendantIds(tasks, dragging).has(id);
    return {
      dropAt: dropTarget?.id === task.id ? dropTarget.at : undefined,
      onDragStart: (event) => {
        event.stopPropagation();
        event.dataTransfer.effectAllowed = 'move';
        event.dataTransfer.setData('text/plain', task.title);
        const row = event.currentTarget.closest('li');
        if (row) event.dataTransfer.setDragImage(row, 16, 16);
        setDragging(task.id);
      },
      onDragOver: (event) => {
        if (forbidden(task.id)) return;
        event.preventDefault();
        const at = dropZone(event.clientY, event.currentTarget.getBoundingClientRect(), true);
        if (dropTarget?.id !== task.id || dropTarget.at !== at) setDropTarget({ id: task.id, at });
      },
      onDragLeave: () => setDropTarget((current) => (current?.id === task.id ? undefined : current)),
      onDrop: (event) => {
        event.preventDefault();
        const moved = tasks.find((other) => other.id === dragging);
        const at = dropZone(event.clientY, event.currentTarget.getBoundingClientRect(), true);
        setDropTarget(undefined);
        setDragging(undefined);
        if (!moved || forbidden(task.id)) return;
        const body: MoveBody =
          at === 'inside'
            ? { parent_id: task.id }
            : at === 'before'
              ? { parent_id: task.parent_id, before_id: task.id }
              : { parent_id: task.parent_id, after_id: task.id };
        void onMove(moved, 'drop', body);
      },
      onDragEnd: () => {
        setDragging(undefined);
        setDropTarget(undefined);
      },
    };
  };

  return (
    <ul
      className="task-list task-tree"
      ref={listRef}
      onMouseDown={() => {
        focusRequest.current = undefined;
      }}
      onBlur={(event) => event.relatedTarget && releaseFocus(event.relatedTarget)}
    >
      {rows.flatMap((row, index) => {
        const { task } = row;
        const editable = handlers.canEdit(task);
        const item = (
          <TaskItem
            key={task.id}
            task={task}
            timeZone={timeZone}
            search={search}
            {...handlers}
            tree={{
              row,
              collapsed: collapsed.has(task.id),
              onToggleCollapsed: () => toggleCollapsed(task.id),
              onMove: (kind, body) => void move(task, kind, body),
              onAddSubtask: () => openDraft(task),
            }}
            drag={dragProps(task, editable)}
          />
        );
        if (index !== draftAfter || !draftParent) return [item];
        return [
          item,
          <SubtaskDraft
            key={`draft-${draftParent.task.id}`}
            parent={draftParent.task}
            depth={draftParent.depth + 1}
            onAdd={(title) => onAddSubtask(draftParent.task, title)}
            onClose={() => closeDraft(draftParent.task.id)}
          />,
        ];
      })}
    </ul>
  );
}

/** The line to type a subtask in; stays open after each one, so several go in one after the other. */
function SubtaskDraft({
  parent,
  depth,
  onAdd,
  onClose,
}: {
  parent: TreeTask;
  depth: number;
  onAdd: (title: string) => Promise<boolean>;
  onClose: () => void;
}) {
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit() {
    if (!title.trim() || busy) return;
    setBusy(true);
    const added = await onAdd(title.trim());
    setBusy(false);
    if (added) setTitle('');
  }
  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  return (
    <li className={`subtask-draft depth-${depth}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <input
          className="draft-title"
          aria-label={`New subtask of “${parent.title}”`}
          placeholder="Subtask title"
          maxLength={500}
          value={title}
          // biome-ignore lint/a11y/noAutofocus: the field appears because the user asked to add a subtask.
          autoFocus
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={onKey}
        />
        <button type="submit" className="primary" disabled={busy || !title.trim()}>
          Add
        </button>
        <button type="button" onClick={onClose}>
          Done
        </button>
      </form>
    </li>
  );
}
