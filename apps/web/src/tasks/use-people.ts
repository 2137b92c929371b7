import type { ProjectMember, Task } from '@doable/contracts';
import { useCallback, useEffect, useState } from 'react';

/** The names of the people the listed tasks are assigned to, from their projects' members. */
export function usePeople(tasks: Task[] | undefined, members: (projectId: number) => Promise<ProjectMember[]>) {
  const [names, setNames] = useState<Map<string, string>>(new Map());
  const projectIds = [...new Set((tasks ?? []).filter((task) => task.assignee_id).map((task) => task.project_id))].sort().join(',');
  useEffect(() => {
    if (!projectIds) return;
    let current = true;
    Promise.allSettled(projectIds.split(',').map((id) => members(Number(id)))).then((answers) => {
      if (!current) return;
      const next = new Map<string, string>();
      for (const answer of answers)
        if (answer.status === 'fulfilled') for (const member of answer.value) next.set(member.user_id, member.name);
      setNames(next);
    });
    return () => {
      current = false;
    };
  }, [projectIds, members]);
  const nameOf = useCallback((userId: string) => names.get(userId), [names]);
  return { nameOf };
}
