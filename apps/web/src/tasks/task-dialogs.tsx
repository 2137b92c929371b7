import type { Project, ProjectMember, Task } from '@doable/contracts';
import { KeyboardHelp } from './keyboard-help.tsx';
import { TaskForm } from './task-form.tsx';
import { TaskHistory } from './task-history.tsx';
import type { TaskDialogState } from './use-task-dialogs.ts';

interface TaskDialogsProps {
  dialogs: TaskDialogState;
  knownTags: string[];
  timeZone: string;
  /** The projects a task may be put in (those the user may write to). */
  projects: Project[];
  defaultProjectId: number | undefined;
  members: (projectId: number) => Promise<ProjectMember[]>;
  onSaved: (task: Task) => void;
}

export function TaskDialogs({ dialogs, knownTags, timeZone, projects, defaultProjectId, members, onSaved }: TaskDialogsProps) {
  const { editing, helpOpen, historyOf } = dialogs;
  return (
    <>
      {editing && (
        <TaskForm
          task={editing === 'new' ? undefined : editing}
          knownTags={knownTags}
          projects={projects}
          defaultProjectId={defaultProjectId}
          members={members}
          onClose={dialogs.closeTask}
          onSaved={(saved) => {
            dialogs.closeTask();
            onSaved(saved);
          }}
        />
      )}
      {helpOpen && <KeyboardHelp onClose={dialogs.closeHelp} />}
      {historyOf && <TaskHistory task={historyOf} timeZone={timeZone} onClose={dialogs.closeHistory} />}
    </>
  );
}
