import type { Executor } from '../database/executor.ts';

export interface ProjectHintsOptions {
  /** How long a caller's project ids are reused before they are read again. */
  ttlMs: number;
  /** Callers remembered at most; the one remembered longest goes first. */
  maxCallers: number;
  /** Projects named per caller; a list reads the caller's other projects through the membership join. */
  maxProjects: number;
  clock: () => Date;
}

export const DEFAULT_PROJECT_HINTS = { ttlMs: 10_000, maxCallers: 10_000, maxProjects: 4 } as const;

/**
 * The projects a caller is in, remembered per process for a few seconds, for a list across projects to name them in
 * its statement (`taskRepository.list`): one membership read per caller every `ttlMs` instead of one per list. They
 * are hints for the planner, never access: a project left since is not read, and one joined since is read through
 * the membership join, so a stale hint costs at most a slower plan, never a different page.
 */
export function createProjectHints(db: Executor, options: ProjectHintsOptions) {
  const remembered = new Map<string, { projectIds: number[]; until: number }>();
  return {
    async of(userId: string): Promise<number[]> {
      const now = options.clock().getTime();
      const known = remembered.get(userId);
      if (known && known.until > now) return known.projectIds;
      const rows = await db
        .selectFrom('project_members')
        .select('project_id')
        .where('user_id', '=', userId)
        .orderBy('position')
        .orderBy('project_id')
        .limit(options.maxProjects)
        .execute();
      const projectIds = rows.map((row) => row.project_id);
      remembered.delete(userId);
      const oldest = remembered.keys().next();
      if (remembered.size >= options.maxCallers && !oldest.done) remembered.delete(oldest.value);
      remembered.set(userId, { projectIds, until: now + options.ttlMs });
      return projectIds;
    },
  };
}
