import type { Task } from '@doable/contracts';
import { canAddSubtask, indent, type MoveBody, moveDown, moveUp, outdent, type TreeFields, type TreeRow } from './task-tree.ts';

export type TreeTask = Task & TreeFields;
export type MoveKind = 'up' | 'down' | 'indent' | 'outdent';

export interface TreeProps {
  row: TreeRow<TreeTask>;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  onMove: (kind: MoveKind, body: MoveBody) => void;
  onAddSubtask: () => void;
}

/** The control each move is on, in the order they are offered; also where focus goes when one is no longer possible. */
export const MOVES: { kind: MoveKind; body: (row: TreeRow<TreeTask>) => MoveBody | undefined; label: string; glyph: string }[] = [
  { kind: 'up', body: moveUp, label: 'Move up', glyph: '↑' },
  { kind: 'down', body: moveDown, label: 'Move down', glyph: '↓' },
  { kind: 'outdent', body: outdent, label: 'Outdent', glyph: '⇤' },
  { kind: 'indent', body: indent, label: 'Indent', glyph: '⇥' },
];

/** The button that folds a task's subtasks away and back; a placeholder of the same width keeps leaves aligned. */
export function TreeToggle({ task, tree }: { task: Task; tree: TreeProps }) {
  if (tree.row.childCount === 0) return <span className="tree-toggle-space" aria-hidden="true" />;
  return (
    <button
      type="button"
      className="tree-toggle"
      aria-expanded={!tree.collapsed}
      aria-label={`Subtasks of “${task.title}”`}
      title={tree.collapsed ? 'Show subtasks' : 'Hide subtasks'}
      onClick={tree.onToggleCollapsed}
    >
      <span aria-hidden="true">{tree.collapsed ? '▸' : '▾'}</span>
    </button>
  );
}

/**
 * Add subtask, and the keyboard's way to reorder: Move up / Move down among its siblings, Outdent (right after its
 * parent) and Indent (last under the sibling above). A viewer gets none of the moves (the API refuses them anyway).
 */
export function TreeControls({
  task,
  tree,
  editable,
  readOnlyHint,
}: {
  task: Task;
  tree: TreeProps;
  editable: boolean;
  readOnlyHint: string | undefined;
}) {
  const deepest = !canAddSubtask(tree.row);
  return (
    <>
      <button
        type="button"
        data-control="add-subtask"
        onClick={tree.onAddSubtask}
        aria-label={`Add subtask to “${task.title}”`}
        disabled={!editable || deepest}
        title={readOnlyHint ?? (deepest ? 'Subtasks go at most 4 levels deep.' : undefined)}
      >
        + Subtask
      </button>
      {editable && (
        // biome-ignore lint/a11y/useSemanticElements: a fieldset would add a legend and a border to each row.
        <div className="task-order" role="group" aria-label={`Order of “${task.title}”`}>
          {MOVES.map((move) => {
            const body = move.body(tree.row);
            return (
              <button
                key={move.kind}
                type="button"
                className="icon-button"
                data-control={move.kind}
                aria-label={`${move.label} “${task.title}”`}
                title={move.label}
                disabled={!body}
                onClick={() => body && tree.onMove(move.kind, body)}
              >
                <span aria-hidden="true">{move.glyph}</span>
              </button>
            );
          })}
        </div>
      )}
    </>
  );
}
